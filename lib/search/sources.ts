// What the search reads in each kind of record, as SQL over the row aliased `x`: which rows the
// viewer may find (the read scopes of lib/auth/policy.ts, as plain values), which full-text vector
// and configuration match the words, how a row ranks, its snippet, its date, and the join tables of
// its regions, countries and themes. lib/search/queries.ts builds every statement from these, so a
// kind of record is added here once and is searched, counted and filtered alike.
// Full-text search: docs/decisions/024-search-by-language.md.
import 'server-only';
import {
  campaignReadScope,
  organizationReadScope,
  publicationReadScope,
  readableVisibilities,
  seesMembersOnly,
  type MaybeViewer,
} from '@/lib/auth/policy';
import { Prisma } from '@/lib/generated/prisma/client';
import { matchStart, matchStop, type SearchKind } from './schemas';

const { sql, raw, join } = Prisma;
type Sql = Prisma.Sql;

/** A many-to-many join table of Prisma's: the column holding the record's id, and the other one. */
interface LinkTable {
  table: string;
  item: 'A' | 'B';
  other: 'A' | 'B';
  /** Whether the viewer may see the record's values of this link (an organisation's members-only themes). */
  shown?: (viewer: MaybeViewer) => Sql;
}

export interface SearchSource {
  kind: SearchKind;
  table: string;
  /** The rows the viewer may find at all. */
  readable: (viewer: MaybeViewer, now: Date) => Sql;
  /** The rows whose text matches the words `q` (web search syntax), through a GIN index. */
  matches: (viewer: MaybeViewer, q: string) => Sql;
  /** How well a matching row matches: higher first. */
  rank: (viewer: MaybeViewer, q: string) => Sql;
  /** A short passage of its text with the matched words between matchStart and matchStop. */
  snippet: (viewer: MaybeViewer, q: string) => Sql;
  title: Sql;
  /** Its date: published, joined, starts. */
  date: Sql;
  /** Which of its kind it is (a publication's kind, an organisation's type, a campaign's state). */
  detail: Sql;
  /**
   * The order the capped sample of matches is taken in, newest first, exactly as an index has it, so
   * a common word reads the newest rows in order and stops instead of sorting every match.
   */
  newestFirst: Sql;
  regions: LinkTable;
  countries?: LinkTable;
  themes?: LinkTable;
  language?: Sql;
}

/** Every configuration a publication's language may pick (portal_search_config in the migration). */
const publicationConfigs = ['english', 'french', 'spanish'] as const;
/** Records without a language of their own are stemmed as English. */
const defaultConfig = raw(`'english'::regconfig`);

function query(config: Sql, q: string): Sql {
  return sql`websearch_to_tsquery(${config}, ${q})`;
}

/** ts_headline's options: two short passages around the matched words, marked by private characters. */
const headlineOptions = `StartSel=${matchStart}, StopSel=${matchStop}, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

/** Text as a reader sees it, for a snippet: Markdown's marks and link targets dropped, our markers too. */
function plainText(text: Sql): Sql {
  const withoutLinks = sql`regexp_replace(left(${text}, 4000), ${'\\]\\([^)\\s]*\\)'}, ' ', 'g')`;
  const withoutMarks = sql`regexp_replace(${withoutLinks}, ${'[#*_`>|~\\[\\]]+'}, ' ', 'g')`;
  return sql`translate(${withoutMarks}, ${matchStart + matchStop}, '')`;
}

function headline(config: Sql, text: Sql, q: string): Sql {
  return sql`ts_headline(${config}, ${plainText(text)}, ${query(config, q)}, ${headlineOptions})`;
}

/**
 * `column` is one of `values`, compared as the enum it is (a cast to text would hide the indexes). A
 * single value is written as an equality: an index whose first column it is then also gives the
 * order "newest first" reads (`= ANY` of an array would make PostgreSQL sort instead).
 */
export function isOneOf(column: Sql, values: readonly string[], type: string): Sql {
  const cast = raw(`"${type}"`);
  if (values.length === 1) return sql`${column} = ${values[0]}::${cast}`;
  return sql`${column} = ANY(${values}::${raw(`"${type}"[]`)})`;
}

const publicationConfig = sql`portal_search_config(x.language)`;

const publications: SearchSource = {
  kind: 'publication',
  table: 'Publication',
  readable: (viewer, now) => {
    const { statuses, visibilities, embargoEndedBy } = publicationReadScope(viewer, now);
    return sql`${isOneOf(sql`x.status`, statuses, 'PublicationStatus')}
      AND ${isOneOf(sql`x.visibility`, visibilities, 'Visibility')}
      AND (x."embargoUntil" IS NULL OR x."embargoUntil" <= ${embargoEndedBy})`;
  },
  // One indexed match per configuration, each only for the rows of its languages: the words are
  // stemmed as the row's text was, and the GIN index answers each branch.
  matches: (_viewer, q) =>
    sql`(${join(
      publicationConfigs.map((name) => {
        const config = raw(`'${name}'::regconfig`);
        return sql`(${publicationConfig} = ${config} AND x."searchVector" @@ ${query(config, q)})`;
      }),
      ' OR ',
    )})`,
  rank: (_viewer, q) => sql`ts_rank_cd(x."searchVector", ${query(publicationConfig, q)}, 1)`,
  snippet: (_viewer, q) => headline(publicationConfig, sql`concat_ws(' ', x.summary, x.body)`, q),
  title: sql`x.title`,
  date: sql`coalesce(x."publishedAt", x."createdAt")`,
  detail: sql`x.kind::text`,
  newestFirst: sql`x."publishedAt" DESC, x."createdAt" DESC, x.id`,
  regions: { table: '_PublicationToRegion', item: 'A', other: 'B' },
  countries: { table: '_CountryToPublication', item: 'B', other: 'A' },
  themes: { table: '_PublicationToTheme', item: 'A', other: 'B' },
  language: sql`x.language`,
};

/** An organisation's field the viewer may see (its <field>Visibility). */
function organizationShows(column: string) {
  return (viewer: MaybeViewer) => isOneOf(sql`x.${raw(`"${column}"`)}`, readableVisibilities(viewer), 'Visibility');
}

/** A visitor's search reads publicSearchVector, which leaves out members-only descriptions. */
function organizationVector(viewer: MaybeViewer): Sql {
  return seesMembersOnly(viewer) ? sql`x."searchVector"` : sql`x."publicSearchVector"`;
}

const organizations: SearchSource = {
  kind: 'organization',
  table: 'Organization',
  readable: (viewer) => isOneOf(sql`x.status`, organizationReadScope(viewer), 'OrganizationStatus'),
  matches: (viewer, q) => sql`${organizationVector(viewer)} @@ ${query(defaultConfig, q)}`,
  rank: (viewer, q) => sql`ts_rank_cd(${organizationVector(viewer)}, ${query(defaultConfig, q)}, 1)`,
  snippet: (viewer, q) =>
    headline(
      defaultConfig,
      sql`CASE WHEN ${organizationShows('descriptionVisibility')(viewer)} THEN x.description ELSE '' END`,
      q,
    ),
  title: sql`x.name`,
  date: sql`coalesce(x."joinedAt", x."createdAt")`,
  detail: sql`x.type::text`,
  newestFirst: sql`x."joinedAt" DESC, x.id`,
  regions: { table: '_OrganizationToRegion', item: 'A', other: 'B' },
  countries: {
    table: '_CountryToOrganization',
    item: 'B',
    other: 'A',
    shown: organizationShows('countriesVisibility'),
  },
  themes: { table: '_OrganizationToTheme', item: 'A', other: 'B', shown: organizationShows('themesVisibility') },
};

const campaigns: SearchSource = {
  kind: 'campaign',
  table: 'Campaign',
  readable: (viewer) => isOneOf(sql`x.status`, campaignReadScope(viewer), 'CampaignStatus'),
  matches: (_viewer, q) => sql`x."searchVector" @@ ${query(defaultConfig, q)}`,
  rank: (_viewer, q) => sql`ts_rank_cd(x."searchVector", ${query(defaultConfig, q)}, 1)`,
  snippet: (_viewer, q) => headline(defaultConfig, sql`concat_ws(' ', x.goal, x."callToAction", x.body)`, q),
  title: sql`x.title`,
  date: sql`x."startsAt"`,
  detail: sql`x.status::text`,
  newestFirst: sql`x."startsAt" DESC, x.id`,
  regions: { table: '_CampaignToRegion', item: 'A', other: 'B' },
};

/** Events are public, as on /events (cancelled ones included: their page says so). */
const events: SearchSource = {
  kind: 'event',
  table: 'Event',
  readable: () => sql`TRUE`,
  matches: (_viewer, q) => sql`x."searchVector" @@ ${query(defaultConfig, q)}`,
  rank: (_viewer, q) => sql`ts_rank_cd(x."searchVector", ${query(defaultConfig, q)}, 1)`,
  snippet: (_viewer, q) => headline(defaultConfig, sql`concat_ws(' ', x.location, x.description)`, q),
  title: sql`x.title`,
  date: sql`x."startsAt"`,
  detail: sql`x.status::text`,
  newestFirst: sql`x."startsAt" DESC, x.id DESC`,
  regions: { table: '_EventToRegion', item: 'A', other: 'B' },
};

export const searchSources: Record<SearchKind, SearchSource> = {
  organization: organizations,
  publication: publications,
  campaign: campaigns,
  event: events,
};

/** A link table's name and columns, quoted for SQL. */
export function linkColumns(link: LinkTable) {
  return { table: raw(`"${link.table}"`), item: raw(`j."${link.item}"`), other: raw(`j."${link.other}"`) };
}

/**
 * Joins the link rows (named j) of each row of `alias`. A sample (at most a thousand or so rows,
 * `sampled`) looks each row's links up in the link table's index: the planner, which overestimates
 * how many rows a text search matches, would otherwise hash the whole link table (100,000 rows, some
 * 20 ms) to join a thousand. OFFSET 0 keeps it from turning the LATERAL back into that join. All
 * rows join the plain way, where hashing the table is the right plan.
 */
export function joinLinks(link: LinkTable, alias: string, sampled: boolean): Sql {
  const { table, item } = linkColumns(link);
  const row = raw(`${alias}.id`);
  return sampled
    ? sql`CROSS JOIN LATERAL (SELECT * FROM ${table} j WHERE ${item} = ${row} OFFSET 0) j`
    : sql`JOIN ${table} j ON ${item} = ${row}`;
}
