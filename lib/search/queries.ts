// The portal's search (/search, and the `q` of /library and /directory): organisations,
// publications (toolkits included), campaigns and events that match the words, ranked, with
// snippets and facet counts. Every statement is built from lib/search/sources.ts, whose read scopes
// are the policy's: a record the viewer may not open is never found, listed or counted.
import 'server-only';
import type { MaybeViewer } from '@/lib/auth/policy';
import { consumeLimits } from '@/lib/auth/rate-limit';
import { clientAddress } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { linkColumns, searchSources, type SearchSource } from './sources';
import { rankedCandidateLimit, searchKinds, type SearchFilters, type SearchKind } from './schemas';

const { sql, join } = Prisma;
type Sql = Prisma.Sql;

/** Results of each kind on the grouped page (no kind chosen). */
export const groupedHitsPerKind = 5;
/** Results per page once a kind is chosen. */
export const searchPageSize = 20;

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  title: string;
  /** Which of its kind it is: a publication's kind, an organisation's type, a campaign's or event's state. */
  detail: string;
  date: Date;
  /** A publication's language (BCP 47); null for records without one. */
  language: string | null;
  /** A passage with the matched words between matchStart and matchStop (lib/search/schemas.ts). */
  snippet: string;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Every match of this kind within the filters. */
  total: number;
  hits: SearchHit[];
}

export interface SearchFacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  kinds: Record<SearchKind, number>;
  regions: SearchFacetValue[];
  countries: SearchFacetValue[];
  themes: SearchFacetValue[];
  languages: SearchFacetValue[];
  years: SearchFacetValue[];
}

export interface SearchResults {
  /** The kinds with matches, in searchKinds order; only the chosen one when a kind is chosen. */
  groups: SearchGroup[];
  facets: SearchFacets;
  page: number;
  /** Pages of the chosen kind (its ranked candidates, 20 a page); 1 on the grouped page. */
  pageCount: number;
  /** Whether the chosen kind has more matches than are ranked: the pages end before its total. */
  capped: boolean;
}

export type ChosenFilters = Omit<SearchFilters, 'q' | 'page' | 'kind'>;
export type FacetName = keyof ChosenFilters;

/** Whether a row of `source` passes one chosen filter (TRUE when it is not chosen). */
function passes(source: SearchSource, viewer: MaybeViewer, filters: ChosenFilters, facet: FacetName): Sql {
  switch (facet) {
    case 'region': {
      if (!filters.region) return sql`TRUE`;
      const link = linkColumns(source.regions);
      return sql`EXISTS (SELECT 1 FROM ${link.table} j JOIN "Region" r ON r.id = ${link.other}
        WHERE ${link.item} = x.id AND r.slug = ${filters.region})`;
    }
    case 'country': {
      if (!filters.country) return sql`TRUE`;
      if (!source.countries) return sql`FALSE`;
      const link = linkColumns(source.countries);
      const shown = source.countries.shown?.(viewer) ?? sql`TRUE`;
      return sql`(${shown} AND EXISTS (SELECT 1 FROM ${link.table} j
        WHERE ${link.item} = x.id AND ${link.other} = ${filters.country}))`;
    }
    case 'theme': {
      if (!filters.theme) return sql`TRUE`;
      if (!source.themes) return sql`FALSE`;
      const link = linkColumns(source.themes);
      const shown = source.themes.shown?.(viewer) ?? sql`TRUE`;
      return sql`(${shown} AND EXISTS (SELECT 1 FROM ${link.table} j JOIN "Theme" t ON t.id = ${link.other}
        WHERE ${link.item} = x.id AND t.slug = ${filters.theme}))`;
    }
    case 'language':
      if (!filters.language) return sql`TRUE`;
      return source.language ? sql`lower(${source.language}) = lower(${filters.language})` : sql`FALSE`;
    case 'year': {
      if (!filters.year) return sql`TRUE`;
      const start = new Date(Date.UTC(filters.year, 0, 1));
      const end = new Date(Date.UTC(filters.year + 1, 0, 1));
      return sql`(${source.date} >= ${start} AND ${source.date} < ${end})`;
    }
  }
}

const facetNames: FacetName[] = ['region', 'country', 'theme', 'language', 'year'];

/**
 * The rows of `kind` that pass every chosen filter of region, country, theme, language and year
 * but `except`, as a condition on `x`: for lists with facets of their own (/directory), which
 * count and filter exactly as the search does, members-only themes and countries included.
 */
export function passesFilters(kind: SearchKind, viewer: MaybeViewer, filters: ChosenFilters, except?: FacetName): Sql {
  const source = searchSources[kind];
  return join(
    facetNames.filter((facet) => facet !== except).map((facet) => passes(source, viewer, filters, facet)),
    ' AND ',
  );
}

/** The rows of `kind` the viewer may find that match `q`, as a condition on `x`. */
export function matchesWords(kind: SearchKind, viewer: MaybeViewer, q: string, now = new Date()): Sql {
  const source = searchSources[kind];
  return sql`${source.readable(viewer, now)} AND ${source.matches(viewer, q)}`;
}

/**
 * How many rows within `within` (a condition on `x`) hold each value of a facet kept in a join
 * table (region, country, theme), for those whose values of it the viewer may see; values no row
 * holds are left out.
 */
export function countPerLinkedValue(
  kind: SearchKind,
  facet: 'region' | 'country' | 'theme',
  viewer: MaybeViewer,
  within: Sql,
): Promise<(SearchFacetValue & { sort: number })[]> {
  const source = searchSources[kind];
  const link = facet === 'region' ? source.regions : facet === 'country' ? source.countries : source.themes;
  if (!link) return Promise.resolve([]);
  const { table, item, other } = linkColumns(link);
  const shown = link.shown?.(viewer) ?? sql`TRUE`;
  const values = {
    region: sql`JOIN "Region" v ON v.id = ${other}`,
    country: sql`JOIN "Country" v ON v.code = ${other}`,
    theme: sql`JOIN "Theme" v ON v.id = ${other}`,
  }[facet];
  const columns = {
    region: sql`v.slug AS value, v.name AS label, v."sortOrder" AS sort`,
    country: sql`v.code::text AS value, v.name AS label, 0 AS sort`,
    theme: sql`v.slug AS value, v.label AS label, 0 AS sort`,
  }[facet];
  return db.$queryRaw`
    SELECT ${columns}, count(*)::int AS count
    FROM ${Prisma.raw(`"${source.table}"`)} x JOIN ${table} j ON ${item} = x.id ${values}
    WHERE ${within} AND ${shown}
    GROUP BY 1, 2, 3 ORDER BY 3, 2`;
}

/** Its rows the viewer may find that match `q`, within every chosen filter. */
function matchingWithin(source: SearchSource, viewer: MaybeViewer, q: string, filters: ChosenFilters, now: Date) {
  return join(
    [
      source.readable(viewer, now),
      source.matches(viewer, q),
      ...facetNames.map((facet) => passes(source, viewer, filters, facet)),
    ],
    ' AND ',
  );
}

interface FacetRow {
  facet: 'kind' | 'region' | 'country' | 'theme' | 'language' | 'year';
  value: string;
  label: string | null;
  sort: number;
  count: number;
}

/**
 * One statement per kind counts its matches for every facet: the matching rows the viewer may find
 * are read once (one GIN scan), each with whether it passes each chosen filter; a facet counts the
 * rows passing every filter but its own, so its list still offers the alternatives to what is
 * chosen. The kind's own count is its total within all filters.
 */
function countFacets(
  source: SearchSource,
  viewer: MaybeViewer,
  q: string,
  filters: ChosenFilters,
  kindChosen: boolean,
  now: Date,
) {
  const flag = (facet: FacetName) => sql`${passes(source, viewer, filters, facet)} AS ${Prisma.raw(`${facet}_ok`)}`;
  const within = (except?: FacetName) =>
    join(
      [
        kindChosen ? sql`TRUE` : sql`FALSE`,
        ...facetNames.filter((facet) => facet !== except).map((facet) => Prisma.raw(`m.${facet}_ok`)),
      ],
      ' AND ',
    );
  const parts: Sql[] = [
    sql`SELECT 'kind' AS facet, ${source.kind}::text AS value, NULL::text AS label, 0 AS sort, count(*)::int AS count
      FROM matched m WHERE ${join(
        facetNames.map((facet) => Prisma.raw(`m.${facet}_ok`)),
        ' AND ',
      )}`,
  ];
  const regions = linkColumns(source.regions);
  parts.push(sql`SELECT 'region', r.slug, r.name, r."sortOrder", count(*)::int
    FROM matched m JOIN ${regions.table} j ON ${regions.item} = m.id JOIN "Region" r ON r.id = ${regions.other}
    WHERE ${within('region')} GROUP BY r.slug, r.name, r."sortOrder"`);
  if (source.countries) {
    const countries = linkColumns(source.countries);
    parts.push(sql`SELECT 'country', c.code::text, c.name, 0, count(*)::int
      FROM matched m JOIN ${countries.table} j ON ${countries.item} = m.id JOIN "Country" c ON c.code = ${countries.other}
      WHERE m.countries_shown AND ${within('country')} GROUP BY c.code, c.name`);
  }
  if (source.themes) {
    const themes = linkColumns(source.themes);
    parts.push(sql`SELECT 'theme', t.slug, t.label, 0, count(*)::int
      FROM matched m JOIN ${themes.table} j ON ${themes.item} = m.id JOIN "Theme" t ON t.id = ${themes.other}
      WHERE m.themes_shown AND ${within('theme')} GROUP BY t.slug, t.label`);
  }
  if (source.language) {
    parts.push(sql`SELECT 'language', m.language, NULL, 0, count(*)::int
      FROM matched m WHERE ${within('language')} GROUP BY m.language`);
  }
  parts.push(sql`SELECT 'year', m.year::text, NULL, 0, count(*)::int
    FROM matched m WHERE ${within('year')} GROUP BY m.year`);

  return db.$queryRaw<FacetRow[]>`
    WITH matched AS MATERIALIZED (
      SELECT x.id,
        extract(year FROM ${source.date})::int AS year,
        ${source.language ?? sql`NULL::text`} AS language,
        ${source.countries?.shown?.(viewer) ?? sql`TRUE`} AS countries_shown,
        ${source.themes?.shown?.(viewer) ?? sql`TRUE`} AS themes_shown,
        ${join(facetNames.map(flag), ', ')}
      FROM ${Prisma.raw(`"${source.table}"`)} x
      WHERE ${source.readable(viewer, now)} AND ${source.matches(viewer, q)}
    )
    ${join(parts, ' UNION ALL ')}`;
}

type HitRow = Omit<SearchHit, 'kind'>;

/** The capped set of candidates, best first: the newest rankedCandidateLimit matches, ranked. */
function rankedCandidates(source: SearchSource, viewer: MaybeViewer, q: string, within: Sql) {
  const table = Prisma.raw(`"${source.table}"`);
  return sql`candidates AS (
      SELECT x.id FROM ${table} x WHERE ${within}
      ORDER BY ${source.newestFirst} LIMIT ${rankedCandidateLimit}
    ), ranked AS (
      SELECT x.id, ${source.rank(viewer, q)} AS rank, ${source.date} AS date
      FROM candidates c JOIN ${table} x ON x.id = c.id
    )`;
}

/**
 * The ids of a page of one kind's rows that match `q` within the caller's own conditions on `x`
 * (a list's filters), best first, and how many match in all: for the `q` of /library and
 * /directory, whose pages then read their rows as they list them.
 */
export async function rankMatches(
  kind: SearchKind,
  viewer: MaybeViewer,
  q: string,
  within: Sql,
  window: { skip: number; take: number },
  now = new Date(),
): Promise<{ ids: string[]; total: number }> {
  const source = searchSources[kind];
  const matching = join([source.readable(viewer, now), source.matches(viewer, q), within], ' AND ');
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      WITH ${rankedCandidates(source, viewer, q, matching)}
      SELECT id FROM ranked ORDER BY rank DESC, date DESC, id LIMIT ${window.take} OFFSET ${window.skip}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM ${Prisma.raw(`"${source.table}"`)} x WHERE ${matching}`,
  ]);
  return { ids: rows.map((row) => row.id), total: counted[0]?.total ?? 0 };
}

/**
 * A page of one kind's matches, best first: the newest rankedCandidateLimit matches are ranked, and
 * only the page's rows get a snippet (ts_headline reads the whole text).
 */
function rankHits(
  source: SearchSource,
  viewer: MaybeViewer,
  q: string,
  filters: ChosenFilters,
  window: { skip: number; take: number },
  now: Date,
) {
  const table = Prisma.raw(`"${source.table}"`);
  return db.$queryRaw<HitRow[]>`
    WITH ${rankedCandidates(source, viewer, q, matchingWithin(source, viewer, q, filters, now))},
    page AS (SELECT * FROM ranked ORDER BY rank DESC, date DESC, id LIMIT ${window.take} OFFSET ${window.skip})
    SELECT x.slug, ${source.title} AS title, ${source.detail} AS detail, page.date,
      ${source.language ?? sql`NULL::text`} AS language, ${source.snippet(viewer, q)} AS snippet
    FROM page JOIN ${table} x ON x.id = page.id
    ORDER BY page.rank DESC, page.date DESC, x.id`;
}

function byLabel(a: SearchFacetValue & { sort: number }, b: SearchFacetValue & { sort: number }) {
  return a.sort - b.sort || a.label.localeCompare(b.label);
}

/** The facet rows of every kind added up per value; a chosen value stays listed, at 0 when nothing has it. */
function facetsOf(rows: FacetRow[], filters: ChosenFilters): SearchFacets {
  const kinds = Object.fromEntries(searchKinds.map((kind) => [kind, 0])) as Record<SearchKind, number>;
  type Counted = SearchFacetValue & { sort: number };
  const values = new Map<string, Map<string, Counted>>();
  for (const row of rows) {
    if (row.facet === 'kind') {
      kinds[row.value as SearchKind] += row.count;
      continue;
    }
    const facet = values.get(row.facet) ?? new Map<string, Counted>();
    values.set(row.facet, facet);
    const known = facet.get(row.value);
    if (known) known.count += row.count;
    else facet.set(row.value, { value: row.value, label: row.label ?? row.value, count: row.count, sort: row.sort });
  }
  const list = (facet: FacetRow['facet'], chosen: string | undefined) => {
    const found = [...(values.get(facet)?.values() ?? [])].filter((value) => value.count > 0);
    if (chosen && !found.some((value) => value.value === chosen)) {
      found.push({ value: chosen, label: chosen, count: 0, sort: Number.MAX_SAFE_INTEGER });
    }
    return found;
  };
  const plain = ({ value, label, count }: SearchFacetValue) => ({ value, label, count });
  return {
    kinds,
    regions: list('region', filters.region).sort(byLabel).map(plain),
    countries: list('country', filters.country).sort(byLabel).map(plain),
    themes: list('theme', filters.theme).sort(byLabel).map(plain),
    languages: list('language', filters.language).sort(byLabel).map(plain),
    years: list('year', filters.year?.toString())
      .sort((a, b) => Number(b.value) - Number(a.value))
      .map(plain),
  };
}

/**
 * What the viewer finds for `filters.q`: on the grouped page the best five of each kind with its
 * total, or one kind's page of twenty once a kind is chosen; and the facets. Null without words.
 */
export async function searchPortal(
  viewer: MaybeViewer,
  filters: SearchFilters,
  now = new Date(),
): Promise<SearchResults | null> {
  const { q, kind, page, ...chosen } = filters;
  if (!q) return null;
  const shown = kind ? [kind] : [...searchKinds];
  const window = kind
    ? { skip: (page - 1) * searchPageSize, take: searchPageSize }
    : { skip: 0, take: groupedHitsPerKind };
  const [facetRows, hits] = await Promise.all([
    Promise.all(
      searchKinds.map((each) => countFacets(searchSources[each], viewer, q, chosen, !kind || kind === each, now)),
    ),
    Promise.all(shown.map((each) => rankHits(searchSources[each], viewer, q, chosen, window, now))),
  ]);
  const facets = facetsOf(facetRows.flat(), chosen);
  const groups = shown
    .map((each, index) => ({
      kind: each,
      total: facets.kinds[each],
      hits: (hits[index] ?? []).map((hit) => ({ ...hit, kind: each })),
    }))
    .filter((group) => kind || group.total > 0);
  const chosenTotal = kind ? facets.kinds[kind] : 0;
  const rankedTotal = Math.min(chosenTotal, rankedCandidateLimit);
  return {
    groups,
    facets,
    page,
    pageCount: kind ? Math.max(1, Math.ceil(rankedTotal / searchPageSize)) : 1,
    capped: chosenTotal > rankedCandidateLimit,
  };
}

/**
 * A search for the current request, counted against its client address's limit ('search:address'):
 * the results, or the seconds to wait. Nothing is counted without words.
 */
export async function searchForRequest(
  viewer: MaybeViewer,
  filters: SearchFilters,
): Promise<{ ok: true; data: SearchResults | null } | { ok: false; retryAfterSeconds: number }> {
  if (!filters.q) return { ok: true, data: null };
  const wait = await consumeLimits([['search:address', { ip: await clientAddress() }]]);
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  return { ok: true, data: await searchPortal(viewer, filters) };
}
