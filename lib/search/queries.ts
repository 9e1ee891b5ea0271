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
import { joinLinks, linkColumns, searchSources, type SearchSource } from './sources';
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
  /** The matches of this kind within the filters: all of them, or at least rankedCandidateLimit. */
  total: number;
  atLeast: boolean;
  hits: SearchHit[];
}

export interface SearchFacetValue {
  value: string;
  label: string;
  count: number;
  /** Counted in a full sample (a very common word): there are at least `count`. */
  atLeast: boolean;
}

/** How many match, exactly or (a very common word) at least. */
export interface SearchCount {
  count: number;
  atLeast: boolean;
}

export interface SearchFacets {
  kinds: Record<SearchKind, SearchCount>;
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
}

export type ChosenFilters = Omit<SearchFilters, 'q' | 'page' | 'kind'>;

/**
 * How matches are ordered: the best first (pages), or the newest first (feeds, and the directory's
 * "newest members first"), always among the newest rankedCandidateLimit matches.
 */
export type MatchOrder = 'best' | 'newest';

/** ORDER BY for rows of `alias` carrying id, rank and date (the ranked candidates). */
function byMatchOrder(order: MatchOrder, alias: string): Sql {
  const row = Prisma.raw(alias);
  return order === 'newest' ? sql`${row}.date DESC, ${row}.id` : sql`${row}.rank DESC, ${row}.date DESC, ${row}.id`;
}
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
 * How many of `rows` (a FROM item named x: rowsWithin) hold each value of a facet kept in a join
 * table (region, country, theme), for those whose values of it the viewer may see; values no row
 * holds are left out. `sampled`: `rows` is a sample of matches (rowsWithin's), not all rows.
 */
export function countPerLinkedValue(
  kind: SearchKind,
  facet: 'region' | 'country' | 'theme',
  viewer: MaybeViewer,
  rows: Sql,
  sampled: boolean,
): Promise<{ value: string; label: string; count: number; sort: number }[]> {
  const source = searchSources[kind];
  const link = facet === 'region' ? source.regions : facet === 'country' ? source.countries : source.themes;
  if (!link) return Promise.resolve([]);
  const { other } = linkColumns(link);
  const shown = link.shown?.(viewer) ?? sql`TRUE`;
  const values = {
    region: sql`JOIN "Region" v ON v.id = counted.id`,
    country: sql`JOIN "Country" v ON v.code = counted.id`,
    theme: sql`JOIN "Theme" v ON v.id = counted.id`,
  }[facet];
  const columns = {
    region: sql`v.slug AS value, v.name AS label, v."sortOrder" AS sort`,
    country: sql`v.code::text AS value, v.name AS label, 0 AS sort`,
    theme: sql`v.slug AS value, v.label AS label, 0 AS sort`,
  }[facet];
  // Counted per linked id first, then named: a lookup per sampled row stays a lookup (joinLinks).
  return db.$queryRaw`
    SELECT ${columns}, counted.count::int AS count
    FROM (
      SELECT ${other} AS id, count(*) AS count FROM ${rows} ${joinLinks(link, 'x', sampled)}
      WHERE ${shown} GROUP BY 1
    ) counted ${values}
    ORDER BY 3, 2`;
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
  /** Counted in a sample that reached the cap: the true count is at least this. */
  atLeast: boolean;
}

/**
 * One statement per kind counts its matches for every facet, each in a sample of at most
 * rankedCandidateLimit + 1 matching rows the viewer may find, the newest first (read in an index's
 * order, so a word in most rows stops early instead of reading them all). The kind's own count and
 * the facets nobody chose are counted in the sample within every chosen filter; a chosen facet in a
 * sample within the other filters, so its list still offers the alternatives to what is chosen.
 * When a sample is full, its counts are lower bounds (`atLeast`). Another kind chosen: only the count.
 */
function countFacets(
  source: SearchSource,
  viewer: MaybeViewer,
  q: string,
  filters: ChosenFilters,
  kindChosen: boolean,
  now: Date,
) {
  const table = Prisma.raw(`"${source.table}"`);
  const has: Record<FacetName, boolean> = {
    region: true,
    country: Boolean(source.countries),
    theme: Boolean(source.themes),
    language: Boolean(source.language),
    year: true,
  };
  const chosenFacets = kindChosen ? facetNames.filter((facet) => filters[facet] !== undefined && has[facet]) : [];
  const sampleName = (except?: FacetName) => Prisma.raw(except ? `without_${except}` : 'within_all');
  const sample = (except?: FacetName) => sql`${sampleName(except)} AS MATERIALIZED (
      SELECT x.id,
        extract(year FROM ${source.date})::int AS year,
        ${source.language ?? sql`NULL::text`} AS language,
        ${source.countries?.shown?.(viewer) ?? sql`TRUE`} AS countries_shown,
        ${source.themes?.shown?.(viewer) ?? sql`TRUE`} AS themes_shown
      FROM ${table} x
      WHERE ${source.readable(viewer, now)} AND ${source.matches(viewer, q)}
        AND ${passesFilters(source.kind, viewer, filters, except)}
      ORDER BY ${source.newestFirst} LIMIT ${rankedCandidateLimit + 1}
    )`;
  /** The sample a facet is counted in, and whether it is full. */
  const from = (facet: FacetName) => {
    const name = sampleName(chosenFacets.includes(facet) ? facet : undefined);
    return { name, full: sql`(SELECT count(*) > ${rankedCandidateLimit} FROM ${name})` };
  };
  const parts: Sql[] = [
    sql`SELECT 'kind' AS facet, ${source.kind}::text AS value, NULL::text AS label, 0 AS sort,
      count(*)::int AS count, count(*) > ${rankedCandidateLimit} AS "atLeast" FROM within_all`,
  ];
  if (kindChosen) {
    const region = from('region');
    const regions = linkColumns(source.regions);
    // Each counted per linked id first, then named: a lookup per sampled row stays a lookup (joinLinks).
    parts.push(sql`SELECT 'region', r.slug, r.name, r."sortOrder", counted.count::int, ${region.full}
      FROM (SELECT ${regions.other} AS id, count(*) AS count FROM ${region.name} m ${joinLinks(source.regions, 'm', true)}
        GROUP BY 1) counted
      JOIN "Region" r ON r.id = counted.id`);
    if (source.countries) {
      const country = from('country');
      const countries = linkColumns(source.countries);
      parts.push(sql`SELECT 'country', c.code::text, c.name, 0, counted.count::int, ${country.full}
        FROM (SELECT ${countries.other} AS code, count(*) AS count FROM ${country.name} m
          ${joinLinks(source.countries, 'm', true)} WHERE m.countries_shown GROUP BY 1) counted
        JOIN "Country" c ON c.code = counted.code`);
    }
    if (source.themes) {
      const theme = from('theme');
      const themes = linkColumns(source.themes);
      parts.push(sql`SELECT 'theme', t.slug, t.label, 0, counted.count::int, ${theme.full}
        FROM (SELECT ${themes.other} AS id, count(*) AS count FROM ${theme.name} m
          ${joinLinks(source.themes, 'm', true)} WHERE m.themes_shown GROUP BY 1) counted
        JOIN "Theme" t ON t.id = counted.id`);
    }
    if (source.language) {
      const language = from('language');
      parts.push(sql`SELECT 'language', m.language, NULL, 0, count(*)::int, ${language.full}
        FROM ${language.name} m GROUP BY m.language`);
    }
    const year = from('year');
    parts.push(sql`SELECT 'year', m.year::text, NULL, 0, count(*)::int, ${year.full}
      FROM ${year.name} m GROUP BY m.year`);
  }
  const samples = [sample(), ...chosenFacets.map((facet) => sample(facet))];
  return db.$queryRaw<FacetRow[]>`
    WITH ${join(samples, ', ')}
    ${join(parts, ' UNION ALL ')}`;
}

type HitRow = Omit<SearchHit, 'kind'>;

/**
 * The capped set of candidates with their rank: the newest rankedCandidateLimit matches, read in an
 * index's order for a common word (the rank is then computed for those alone), through the GIN
 * index for a rare one.
 */
function rankedCandidates(source: SearchSource, viewer: MaybeViewer, q: string, within: Sql) {
  const table = Prisma.raw(`"${source.table}"`);
  return sql`ranked AS MATERIALIZED (
      SELECT x.id, ${source.rank(viewer, q)} AS rank, ${source.date} AS date
      FROM ${table} x WHERE ${within}
      ORDER BY ${source.newestFirst} LIMIT ${rankedCandidateLimit}
    )`;
}

/**
 * The ids of a page of one kind's rows that match `q` within the caller's own conditions on `x`
 * (a list's filters), best (or newest) first, and how many match in all: for the `q` of /library
 * and /directory, whose pages then read their rows as they list them.
 */
export async function rankMatches(
  kind: SearchKind,
  viewer: MaybeViewer,
  q: string,
  within: Sql,
  window: { skip: number; take: number },
  order: MatchOrder = 'best',
  now = new Date(),
): Promise<{ ids: string[] } & SearchCount> {
  const source = searchSources[kind];
  const matching = join([source.readable(viewer, now), source.matches(viewer, q), within], ' AND ');
  const [rows, counted] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      WITH ${rankedCandidates(source, viewer, q, matching)}
      SELECT id FROM ranked ORDER BY ${byMatchOrder(order, 'ranked')} LIMIT ${window.take} OFFSET ${window.skip}`,
    // Counted up to one past the ranked ones: a word in most rows is "more than 1,000", not read through.
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (
        SELECT 1 FROM ${Prisma.raw(`"${source.table}"`)} x WHERE ${matching} LIMIT ${rankedCandidateLimit + 1}
      ) found`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    ids: rows.map((row) => row.id),
    count: Math.min(total, rankedCandidateLimit),
    atLeast: total > rankedCandidateLimit,
  };
}

/**
 * The rows of `kind` within `condition` (on `x`), as a FROM item named x for facet counts: all of
 * them, or, with words (`sampled`), the newest rankedCandidateLimit + 1, so a word in most rows
 * is counted in a sample read in an index's order (its counts are then lower bounds).
 */
export function rowsWithin(kind: SearchKind, condition: Sql, sampled: boolean): Sql {
  const source = searchSources[kind];
  const table = Prisma.raw(`"${source.table}"`);
  const limit = sampled ? sql`ORDER BY ${source.newestFirst} LIMIT ${rankedCandidateLimit + 1}` : sql``;
  return sql`(SELECT x.* FROM ${table} x WHERE ${condition} ${limit}) x`;
}

/**
 * A page of one kind's matches, best (or newest) first: the newest rankedCandidateLimit matches are
 * ranked, and only the page's rows get a snippet (ts_headline reads the whole text).
 */
function rankHits(
  source: SearchSource,
  viewer: MaybeViewer,
  q: string,
  filters: ChosenFilters,
  window: { skip: number; take: number },
  now: Date,
  order: MatchOrder = 'best',
) {
  const table = Prisma.raw(`"${source.table}"`);
  return db.$queryRaw<HitRow[]>`
    WITH ${rankedCandidates(source, viewer, q, matchingWithin(source, viewer, q, filters, now))},
    page AS (SELECT * FROM ranked ORDER BY ${byMatchOrder(order, 'ranked')} LIMIT ${window.take} OFFSET ${window.skip})
    SELECT x.slug, ${source.title} AS title, ${source.detail} AS detail, page.date,
      ${source.language ?? sql`NULL::text`} AS language, ${source.snippet(viewer, q)} AS snippet
    FROM page JOIN ${table} x ON x.id = page.id
    ORDER BY ${byMatchOrder(order, 'page')}`;
}

type Counted = SearchFacetValue & { sort: number };

function byLabel(a: Counted, b: Counted) {
  return a.sort - b.sort || a.label.localeCompare(b.label);
}

/**
 * The facet rows of every kind added up per value (a lower bound when any was counted in a full
 * sample, with the count capped at the sample's size); a chosen value stays listed, at 0 when
 * nothing has it.
 */
function facetsOf(rows: FacetRow[], filters: ChosenFilters): SearchFacets {
  const kinds = Object.fromEntries(searchKinds.map((kind) => [kind, { count: 0, atLeast: false }])) as Record<
    SearchKind,
    SearchCount
  >;
  const values = new Map<string, Map<string, Counted>>();
  for (const row of rows) {
    const count = Math.min(row.count, rankedCandidateLimit);
    if (row.facet === 'kind') {
      kinds[row.value as SearchKind] = { count, atLeast: row.atLeast };
      continue;
    }
    const facet = values.get(row.facet) ?? new Map<string, Counted>();
    values.set(row.facet, facet);
    const known = facet.get(row.value);
    if (known) {
      known.count += count;
      known.atLeast ||= row.atLeast;
    } else {
      facet.set(row.value, {
        value: row.value,
        label: row.label ?? row.value,
        count,
        atLeast: row.atLeast,
        sort: row.sort,
      });
    }
  }
  const list = (facet: FacetRow['facet'], chosen: string | undefined) => {
    const found = [...(values.get(facet)?.values() ?? [])].filter((value) => value.count > 0);
    if (chosen && !found.some((value) => value.value === chosen)) {
      found.push({ value: chosen, label: chosen, count: 0, atLeast: false, sort: Number.MAX_SAFE_INTEGER });
    }
    return found;
  };
  const plain = ({ value, label, count, atLeast }: Counted): SearchFacetValue => ({ value, label, count, atLeast });
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
      total: facets.kinds[each].count,
      atLeast: facets.kinds[each].atLeast,
      hits: (hits[index] ?? []).map((hit) => ({ ...hit, kind: each })),
    }))
    .filter((group) => kind || group.total > 0);
  return { groups, facets, page };
}

/**
 * The newest matches of `filters.q` (of the chosen kind, or of every kind), `perKind` of each kind,
 * newest first, without facets: what a feed of a search carries. Empty without words.
 */
export async function listNewestMatches(
  viewer: MaybeViewer,
  filters: SearchFilters,
  perKind: number,
  now = new Date(),
): Promise<SearchHit[]> {
  const { q, kind, ...rest } = filters;
  if (!q) return [];
  const chosen: ChosenFilters = rest;
  const shown = kind ? [kind] : [...searchKinds];
  const found = await Promise.all(
    shown.map(async (each) =>
      (await rankHits(searchSources[each], viewer, q, chosen, { skip: 0, take: perKind }, now, 'newest')).map(
        (hit) => ({ ...hit, kind: each }),
      ),
    ),
  );
  return found.flat().sort((a, b) => b.date.getTime() - a.date.getTime());
}

/**
 * A window of one kind's matches of `q` within the chosen filters, best first (the newest
 * rankedCandidateLimit matches are ranked), and how many match, capped as the search page counts
 * them: the JSON API's search, which pages through one kind after another by an offset.
 */
export async function rankedHitsOfKind(
  viewer: MaybeViewer,
  kind: SearchKind,
  q: string,
  filters: ChosenFilters,
  window: { skip: number; take: number },
  now = new Date(),
): Promise<{ hits: SearchHit[] } & SearchCount> {
  const source = searchSources[kind];
  const table = Prisma.raw(`"${source.table}"`);
  const [rows, counted] = await Promise.all([
    window.take > 0 ? rankHits(source, viewer, q, filters, window, now) : Promise.resolve([]),
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (
        SELECT 1 FROM ${table} x WHERE ${matchingWithin(source, viewer, q, filters, now)}
        LIMIT ${rankedCandidateLimit + 1}
      ) found`,
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    hits: rows.map((row) => ({ ...row, kind })),
    count: Math.min(total, rankedCandidateLimit),
    atLeast: total > rankedCandidateLimit,
  };
}

/**
 * Counts one search (anything read by words: a page, a feed) against the current request's client
 * address ('search:address'): the seconds to wait, 0 when allowed.
 */
export function countSearchForRequest(): Promise<number> {
  return clientAddress().then((ip) => consumeLimits([['search:address', { ip }]]));
}

/**
 * A list's filters for the current request (/library, /directory): words count against the same
 * limit as a search; over it, the list is shown without them and says how long to wait.
 */
export async function wordsForRequest<F extends { q?: string }>(
  filters: F,
): Promise<{ filters: F; retryAfterSeconds: number }> {
  if (!filters.q) return { filters, retryAfterSeconds: 0 };
  const wait = await countSearchForRequest();
  if (wait === 0) return { filters, retryAfterSeconds: 0 };
  return { filters: { ...filters, q: undefined }, retryAfterSeconds: wait };
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
  const wait = await countSearchForRequest();
  if (wait > 0) return { ok: false, retryAfterSeconds: wait };
  return { ok: true, data: await searchPortal(viewer, filters) };
}
