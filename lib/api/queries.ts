// Reads of the JSON API (/api/v1): each list with the same filters as its page, keyset pages
// (lib/api/keyset.ts), `changedSince` for incremental sync, and one record by its key. Every read is
// a visitor's (viewer null): the API is public, so it may be cached and never depends on a cookie,
// and the policy's read scopes keep members-only records and fields out of it.
import 'server-only';
import { z } from 'zod';
import { campaignReadScope, visibleCampaigns } from '@/lib/auth/policy';
import { campaignEndorsementLimit, countEndorsements, countSignatures } from '@/lib/campaigns/queries';
import { campaignImageOf, campaignImageSelect } from '@/lib/campaigns/image';
import { countedEndorsements } from '@/lib/campaigns/status';
import { db } from '@/lib/db';
import { logoUrlOf } from '@/lib/directory/logos';
import { profileFieldNames, profileSelect } from '@/lib/directory/profile-fields';
import { directoryWhere, directoryWithin, profileForViewer } from '@/lib/directory/queries';
import { directoryFiltersSchema } from '@/lib/directory/schemas';
import { eventListItemOf, eventListItemSelect } from '@/lib/events/queries';
import type { Prisma } from '@/lib/generated/prisma/client';
import { CampaignStatus, OrganizationType, PublicationKind } from '@/lib/generated/prisma/enums';
import { libraryWhere, publicationDetailOf, publicationDetailSelect, readableWithin } from '@/lib/library/queries';
import { libraryFiltersSchema } from '@/lib/library/schemas';
import { rankMatches, type MatchOrder } from '@/lib/search/queries';
import { rankedCandidateLimit, type SearchKind } from '@/lib/search/schemas';
import { enumParam, firstValue, slugParam } from '@/lib/site/search-params';
import { absoluteUrl } from '@/lib/site/settings';
import { cursorValuesOf, keysetWhere, orderByOf, type OrderKey } from './keyset';
import {
  campaignRecordSchema,
  countryRecordSchema,
  eventRecordSchema,
  organizationRecordSchema,
  publicationRecordSchema,
  regionRecordSchema,
  themeRecordSchema,
  type CampaignRecord,
  type CountryRecord,
  type EventRecord,
  type OrganizationRecord,
  type PublicationRecord,
  type RegionRecord,
  type ThemeRecord,
} from './records';
import type { ApiCursor, ApiFilter, ApiQuery, ParameterProblem } from './schemas';

/** A page of a list: its records, how many there are in all, and where the next page starts. */
export interface ApiPage<R> {
  records: R[];
  totalCount: number;
  /** A search by very common words counts only so far: `totalCount` is then a lower bound. */
  totalCountIsLowerBound?: boolean;
  next: ApiCursor | null;
}

/** A list that refuses the query as a whole (parameters that cannot go together, a foreign cursor). */
type Refused = { problems: ParameterProblem[] };

export interface ApiResource<R> {
  /** A record's name (Organization, Country): its OpenAPI component, and lowercased, its 404's noun. */
  recordName: string;
  /** The field that names a record in addresses (/api/v1/<list>/<key>); in every answer. */
  key: 'slug' | 'code';
  /** The schema of its records' JSON (its fields, in order). */
  record: z.ZodObject;
  description: string;
  filters: Record<string, ApiFilter>;
  /** Whether it takes changedSince (its records know when they last changed). */
  changedSince: boolean;
  list(query: ApiQuery): Promise<ApiPage<R> | Refused>;
  one(key: string): Promise<R | null>;
}

const iso = (time: Date) => time.toISOString();
const isoOrNull = (time: Date | null) => (time ? time.toISOString() : null);
const absoluteOrNull = (path: string | null) => (path ? absoluteUrl(path) : null);
const badCursor: Refused = { problems: [{ parameter: 'cursor', problem: 'not a cursor of this list and order' }] };
const rankedOrChanged: Refused = {
  problems: [{ parameter: 'changedSince', problem: 'cannot be combined with q (a list ranked by the words)' }],
};

const byId = { field: 'id', direction: 'asc', type: 'text' } as const satisfies OrderKey;
/** The order of an incremental sync: the least recently changed first. */
const changedOrder = [{ field: 'updatedAt', direction: 'asc', type: 'time' }, byId] as const satisfies OrderKey[];

/**
 * One keyset page: the rows after the cursor (of `order`, named `orderName`) and one more, to know
 * whether a next page exists; the total by `count`. Null for a cursor of another list or order.
 */
async function keysetPage<W extends object, Row extends Record<string, unknown>>(
  query: ApiQuery,
  orderName: string,
  order: readonly OrderKey[],
  count: () => Promise<number>,
  rows: (args: { after: W[]; orderBy: Record<string, 'asc' | 'desc'>[]; take: number }) => Promise<Row[]>,
): Promise<{ rows: Row[]; totalCount: number; next: ApiCursor | null } | null> {
  let after: W[] = [];
  if (query.cursor) {
    const where = keysetWhere(orderName, order, query.cursor);
    if (!where) return null;
    // A condition on the same columns the list is ordered by, built for any model: its shape is the
    // model's WhereInput by construction (keyset.ts).
    after = [where as W];
  }
  const [totalCount, found] = await Promise.all([
    count(),
    rows({ after, orderBy: orderByOf(order), take: query.limit + 1 }),
  ]);
  const page = found.slice(0, query.limit);
  const last = page.at(-1);
  const next = found.length > query.limit && last ? { order: orderName, after: cursorValuesOf(order, last) } : null;
  return { rows: page, totalCount, next };
}

/**
 * One page of a list ranked by words (lib/search): an offset into the ranked matches (only the
 * newest rankedCandidateLimit are ranked, so the pages end there), read back in rank order.
 */
async function rankedPage<R>(
  kind: SearchKind,
  q: string,
  within: Prisma.Sql,
  order: MatchOrder,
  query: ApiQuery,
  read: (ids: string[]) => Promise<Map<string, R>>,
): Promise<ApiPage<R> | Refused> {
  if (query.changedSince) return rankedOrChanged;
  const offset = query.cursor ? query.cursor.after[0] : 0;
  if (
    (query.cursor && (query.cursor.order !== `ranked-${order}` || query.cursor.after.length !== 1)) ||
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    offset < 0 ||
    offset > rankedCandidateLimit
  ) {
    return badCursor;
  }
  const ranked = await rankMatches(kind, null, q, within, { skip: offset, take: query.limit }, order);
  const byId = await read(ranked.ids);
  const records = ranked.ids.flatMap((id) => byId.get(id) ?? []);
  const nextOffset = offset + query.limit;
  return {
    records,
    totalCount: ranked.count,
    totalCountIsLowerBound: ranked.atLeast,
    next: nextOffset < ranked.count ? { order: `ranked-${order}`, after: [nextOffset] } : null,
  };
}

const changedSinceWhere = (query: ApiQuery) => (query.changedSince ? { updatedAt: { gte: query.changedSince } } : {});

// ─── Filters, described for the OpenAPI document ─────────────────────────────

const slugSchema = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };
const regionFilter: ApiFilter = { parse: slugParam, description: "a region's slug, e.g. africa", schema: slugSchema };
const countryFilter: ApiFilter = {
  parse: libraryFiltersSchema.shape.country,
  description: 'an ISO 3166-1 alpha-2 code, e.g. KE',
  schema: { type: 'string', pattern: '^[A-Za-z]{2}$' },
};
const themeFilter: ApiFilter = {
  parse: libraryFiltersSchema.shape.theme,
  description: "a theme's slug (see /api/v1/themes)",
  schema: { type: 'string' },
};
const wordsFilter: ApiFilter = {
  parse: libraryFiltersSchema.shape.q,
  description:
    'words in web search syntax ("a phrase", -excluded, this OR that), at most 120 characters; the list is then ranked, best first',
  schema: { type: 'string', maxLength: 120 },
};

// ─── Organisations ───────────────────────────────────────────────────────────

const organizationSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  category: true,
  joinedAt: true,
  updatedAt: true,
  logoUpdatedAt: true,
  ...profileSelect,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
} satisfies Prisma.OrganizationSelect;

type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;

function organizationRecord(row: OrganizationRow): OrganizationRecord {
  const visible = profileForViewer(null, row);
  const profile = Object.fromEntries(profileFieldNames.map((field) => [field, visible[field]]));
  return {
    slug: row.slug,
    name: row.name,
    type: row.type,
    category: row.category,
    url: absoluteUrl(`/directory/${row.slug}`),
    ...profile,
    regions: row.regions,
    logoUrl: absoluteOrNull(logoUrlOf(row)),
    joinedAt: isoOrNull(row.joinedAt),
    updatedAt: iso(row.updatedAt),
    hiddenFields: visible.hiddenFields,
  };
}

const organizationOrders = {
  name: [
    { field: 'name', direction: 'asc', type: 'text' },
    { field: 'id', direction: 'asc', type: 'text' },
  ],
  newest: [{ field: 'joinedAt', direction: 'desc', type: 'time', nullable: true }, byId],
  changed: changedOrder,
} as const satisfies Record<string, readonly OrderKey[]>;

const organizations: ApiResource<OrganizationRecord> = {
  recordName: 'Organization',
  key: 'slug',
  record: organizationRecordSchema,
  description: "The coalition's member organisations (the directory), by name unless sorted otherwise.",
  changedSince: true,
  filters: {
    q: wordsFilter,
    region: regionFilter,
    country: countryFilter,
    type: {
      parse: directoryFiltersSchema.shape.type,
      description: `one of ${Object.values(OrganizationType).join(', ')}`,
      schema: { type: 'string', enum: Object.values(OrganizationType) },
    },
    theme: themeFilter,
    sort: {
      parse: directoryFiltersSchema.shape.sort,
      description: 'name (the default) or newest (the most recently joined first)',
      schema: { type: 'string', enum: ['name', 'newest'] },
    },
  },
  async list(query) {
    const filters = query.filters as Parameters<typeof directoryWhere>[1];
    const read = async (ids: string[]) => {
      const rows = await db.organization.findMany({ where: { id: { in: ids } }, select: organizationSelect });
      return new Map(rows.map((row) => [row.id, organizationRecord(row)]));
    };
    if (filters.q) {
      const order = filters.sort === 'newest' ? 'newest' : 'best';
      return rankedPage('organization', filters.q, directoryWithin(null, filters), order, query, read);
    }
    if (query.changedSince && filters.sort) {
      return { problems: [{ parameter: 'sort', problem: 'cannot be combined with changedSince' }] };
    }
    const orderName = query.changedSince ? 'changed' : (filters.sort ?? 'name');
    const where: Prisma.OrganizationWhereInput = { AND: [directoryWhere(null, filters), changedSinceWhere(query)] };
    const page = await keysetPage<Prisma.OrganizationWhereInput, OrganizationRow>(
      query,
      orderName,
      organizationOrders[orderName],
      () => db.organization.count({ where }),
      ({ after, orderBy, take }) =>
        db.organization.findMany({ where: { AND: [where, ...after] }, orderBy, take, select: organizationSelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: page.rows.map(organizationRecord) };
  },
  async one(slug) {
    const row = await db.organization.findFirst({
      where: { AND: [directoryWhere(null, {}), { slug }] },
      select: organizationSelect,
    });
    return row ? organizationRecord(row) : null;
  },
};

// ─── Publications ────────────────────────────────────────────────────────────

const publicationSelect = { ...publicationDetailSelect, id: true, createdAt: true } satisfies Prisma.PublicationSelect;
type PublicationRow = Prisma.PublicationGetPayload<{ select: typeof publicationSelect }>;

function publicationRecord(row: PublicationRow): PublicationRecord {
  const publication = publicationDetailOf(null, row);
  const fileUrl = (file: { id: string }) => absoluteUrl(`/library/${row.slug}/files/${file.id}`);
  const fileOf = (file: (typeof publication.files)[number]) => ({
    title: file.title,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    url: fileUrl(file),
  });
  const organization = publication.organization;
  return {
    slug: publication.slug,
    title: publication.title,
    kind: publication.kind,
    url: absoluteUrl(`/library/${publication.slug}`),
    summary: publication.summary,
    body: publication.body,
    authors: publication.authors,
    source: publication.source,
    sourceUrl: publication.sourceUrl,
    publishedAt: isoOrNull(publication.publishedAt),
    updatedAt: iso(publication.updatedAt),
    language: publication.language,
    visibility: publication.visibility,
    organization: organization
      ? {
          name: organization.name,
          slug: organization.slug,
          url: organization.slug ? absoluteUrl(`/directory/${organization.slug}`) : null,
        }
      : null,
    regions: publication.regions,
    countries: publication.countries,
    themes: publication.themes,
    files: publication.files.map(fileOf),
    sections: publication.sections.map((section) => ({
      position: section.position,
      heading: section.heading,
      body: section.body,
      files: section.files.map(fileOf),
    })),
    pdfUrl: absoluteUrl(`/library/${publication.slug}/pdf`),
  };
}

const publicationOrders = {
  // The library's order ("newestPublicationsFirst", lib/site/orderings.ts), so a page walks its index.
  newest: [
    { field: 'publishedAt', direction: 'desc', type: 'time', nullable: true },
    { field: 'createdAt', direction: 'desc', type: 'time' },
    byId,
  ],
  changed: changedOrder,
} as const satisfies Record<string, readonly OrderKey[]>;

const publications: ApiResource<PublicationRecord> = {
  recordName: 'Publication',
  key: 'slug',
  record: publicationRecordSchema,
  description: 'Public publications and toolkits of the library, newest first.',
  changedSince: true,
  filters: {
    q: wordsFilter,
    kind: {
      parse: libraryFiltersSchema.shape.kind,
      description: `one of ${Object.values(PublicationKind).join(', ')}`,
      schema: { type: 'string', enum: Object.values(PublicationKind) },
    },
    region: regionFilter,
    country: countryFilter,
    theme: themeFilter,
    language: {
      parse: libraryFiltersSchema.shape.language,
      description: 'a BCP 47 language tag, e.g. fr',
      schema: { type: 'string' },
    },
  },
  async list(query) {
    const filters = query.filters as Parameters<typeof libraryWhere>[1];
    if (filters.q) {
      return rankedPage('publication', filters.q, readableWithin(null, filters), 'best', query, async (ids) => {
        const rows = await db.publication.findMany({ where: { id: { in: ids } }, select: publicationSelect });
        return new Map(rows.map((row) => [row.id, publicationRecord(row)]));
      });
    }
    const orderName = query.changedSince ? 'changed' : 'newest';
    const where: Prisma.PublicationWhereInput = { AND: [libraryWhere(null, filters), changedSinceWhere(query)] };
    const page = await keysetPage<Prisma.PublicationWhereInput, PublicationRow>(
      query,
      orderName,
      publicationOrders[orderName],
      () => db.publication.count({ where }),
      ({ after, orderBy, take }) =>
        db.publication.findMany({ where: { AND: [where, ...after] }, orderBy, take, select: publicationSelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: page.rows.map(publicationRecord) };
  },
  async one(slug) {
    const row = await db.publication.findFirst({
      where: { AND: [libraryWhere(null, {}), { slug }] },
      select: publicationSelect,
    });
    return row ? publicationRecord(row) : null;
  },
};

// ─── Campaigns ───────────────────────────────────────────────────────────────

const campaignSelect = {
  id: true,
  title: true,
  goal: true,
  callToAction: true,
  body: true,
  targets: true,
  status: true,
  startsAt: true,
  endsAt: true,
  signatureGoal: true,
  updatedAt: true,
  ...campaignImageSelect,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
  updates: {
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select: { title: true, body: true, publishedAt: true },
  },
  // Its endorsements as its page lists them: leads, then co-sponsors, then endorsers, earliest first.
  signatures: {
    where: countedEndorsements,
    orderBy: [{ isLead: 'desc' }, { tier: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
    take: campaignEndorsementLimit,
    select: { tier: true, isLead: true, organization: { select: { name: true, slug: true } } },
  },
} satisfies Prisma.CampaignSelect;

type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof campaignSelect }>;

/** The campaigns' records, their counts read for all of them at once. */
async function campaignRecords(rows: CampaignRow[]): Promise<CampaignRecord[]> {
  const ids = rows.map((row) => row.id);
  const [signatures, endorsements] = await Promise.all([countSignatures(ids), countEndorsements(ids)]);
  return rows.map((row) => {
    const image = campaignImageOf(row);
    return {
      slug: row.slug,
      title: row.title,
      url: absoluteUrl(`/campaigns/${row.slug}`),
      goal: row.goal,
      callToAction: row.callToAction,
      body: row.body,
      targets: row.targets,
      status: row.status,
      startsAt: iso(row.startsAt),
      endsAt: isoOrNull(row.endsAt),
      signatureGoal: row.signatureGoal,
      signatureCount: signatures.get(row.id) ?? 0,
      endorsementCount: endorsements.get(row.id) ?? 0,
      regions: row.regions,
      image: image ? { url: absoluteUrl(image.url), alt: image.alt } : null,
      updates: row.updates.map((update) => ({ ...update, publishedAt: iso(update.publishedAt) })),
      endorsements: row.signatures.flatMap(({ tier, isLead, organization }) =>
        organization
          ? [
              {
                tier: tier ?? 'ENDORSE',
                isLead,
                organization: { ...organization, url: absoluteUrl(`/directory/${organization.slug}`) },
              },
            ]
          : [],
      ),
      countsByCountryUrl: absoluteUrl(`/campaigns/${row.slug}/countries.json`),
      updatedAt: iso(row.updatedAt),
    };
  });
}

const campaignOrders = {
  newest: [{ field: 'startsAt', direction: 'desc', type: 'time' }, byId],
  changed: changedOrder,
} as const satisfies Record<string, readonly OrderKey[]>;

/** The states a visitor sees (a draft's or an archived one's state is a 400, as for any unknown value). */
const campaignStatusFilter = z
  .preprocess(
    firstValue,
    z
      .enum(CampaignStatus)
      .refine((status) => campaignReadScope(null).includes(status))
      .optional(),
  )
  .catch(undefined);

const campaigns: ApiResource<CampaignRecord> = {
  recordName: 'Campaign',
  key: 'slug',
  record: campaignRecordSchema,
  description: 'Running and closed campaigns, the most recently started first.',
  changedSince: true,
  filters: {
    region: regionFilter,
    status: {
      parse: campaignStatusFilter,
      description: `one of ${campaignReadScope(null).join(', ')}`,
      schema: { type: 'string', enum: campaignReadScope(null) },
    },
  },
  async list(query) {
    const { region, status } = query.filters as { region?: string; status?: CampaignStatus };
    const orderName = query.changedSince ? 'changed' : 'newest';
    const where: Prisma.CampaignWhereInput = {
      AND: [
        visibleCampaigns(null),
        status ? { status } : {},
        region ? { regions: { some: { slug: region } } } : {},
        changedSinceWhere(query),
      ],
    };
    const page = await keysetPage<Prisma.CampaignWhereInput, CampaignRow>(
      query,
      orderName,
      campaignOrders[orderName],
      () => db.campaign.count({ where }),
      ({ after, orderBy, take }) =>
        db.campaign.findMany({ where: { AND: [where, ...after] }, orderBy, take, select: campaignSelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: await campaignRecords(page.rows) };
  },
  async one(slug) {
    const row = await db.campaign.findFirst({
      where: { AND: [visibleCampaigns(null), { slug }] },
      select: campaignSelect,
    });
    const [record] = row ? await campaignRecords([row]) : [];
    return record ?? null;
  },
};

// ─── Events ──────────────────────────────────────────────────────────────────

const eventSelect = {
  ...eventListItemSelect,
  id: true,
  description: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;
type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

function eventRecord(row: EventRow): EventRecord {
  const event = eventListItemOf(null, row);
  return {
    slug: event.slug,
    title: event.title,
    url: absoluteUrl(`/events/${event.slug}`),
    description: event.description,
    startsAt: iso(event.startsAt),
    endsAt: iso(event.endsAt),
    timeZone: event.timeZone,
    location: event.location,
    onlineUrl: event.onlineUrl,
    status: event.status,
    regions: event.regions,
    campaign: event.campaign ? { ...event.campaign, url: absoluteUrl(`/campaigns/${event.campaign.slug}`) } : null,
    icsUrl: absoluteUrl(`/events/${event.slug}/event.ics`),
    updatedAt: iso(event.updatedAt),
  };
}

const eventTimes = ['upcoming', 'past', 'all'] as const;
type EventTime = (typeof eventTimes)[number];

const eventOrders = {
  // "Event_startsAt_id_idx" read forwards, or backwards for the past.
  soonest: [{ field: 'startsAt', direction: 'asc', type: 'time' }, byId],
  latest: [{ field: 'startsAt', direction: 'desc', type: 'time' }, byId],
  changed: changedOrder,
} as const satisfies Record<string, readonly OrderKey[]>;

const events: ApiResource<EventRecord> = {
  recordName: 'Event',
  key: 'slug',
  record: eventRecordSchema,
  description: 'Events of the coalition and its campaigns: upcoming ones, soonest first, unless asked otherwise.',
  changedSince: true,
  filters: {
    region: regionFilter,
    campaign: { parse: slugParam, description: "a campaign's slug", schema: slugSchema },
    when: {
      parse: enumParam({ upcoming: 'upcoming', past: 'past', all: 'all' }),
      description:
        'upcoming (not ended yet, soonest first: the default), past (latest first) or all (soonest first); changedSince lists every event',
      schema: { type: 'string', enum: [...eventTimes] },
    },
  },
  async list(query) {
    const { region, campaign, when } = query.filters as { region?: string; campaign?: string; when?: EventTime };
    const now = new Date();
    const chosenTime = query.changedSince ? 'all' : (when ?? 'upcoming');
    const orderName = query.changedSince ? 'changed' : chosenTime === 'past' ? 'latest' : 'soonest';
    const where: Prisma.EventWhereInput = {
      AND: [
        region ? { regions: { some: { slug: region } } } : {},
        // An event is listed by a campaign the visitor may read, never by a draft's slug.
        campaign ? { campaign: { slug: campaign, status: { in: campaignReadScope(null) } } } : {},
        chosenTime === 'upcoming' ? { endsAt: { gt: now } } : chosenTime === 'past' ? { endsAt: { lte: now } } : {},
        changedSinceWhere(query),
      ],
    };
    const page = await keysetPage<Prisma.EventWhereInput, EventRow>(
      query,
      orderName,
      eventOrders[orderName],
      () => db.event.count({ where }),
      ({ after, orderBy, take }) =>
        db.event.findMany({ where: { AND: [where, ...after] }, orderBy, take, select: eventSelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: page.rows.map(eventRecord) };
  },
  async one(slug) {
    const row = await db.event.findUnique({ where: { slug }, select: eventSelect });
    return row ? eventRecord(row) : null;
  },
};

// ─── Countries, regions, themes ──────────────────────────────────────────────

const countrySelect = { code: true, name: true, region: { select: { slug: true, name: true } } } as const;
type CountryRow = Prisma.CountryGetPayload<{ select: typeof countrySelect }>;
const countryRecord = (row: CountryRow): CountryRecord => ({
  ...row,
  url: absoluteUrl(`/countries/${row.code.toLowerCase()}`),
});
const countryOrder = [
  { field: 'name', direction: 'asc', type: 'text' },
  { field: 'code', direction: 'asc', type: 'text' },
] as const satisfies OrderKey[];

const countries: ApiResource<CountryRecord> = {
  recordName: 'Country',
  key: 'code',
  record: countryRecordSchema,
  description: 'Every country (ISO 3166-1), by name, with its region.',
  changedSince: false,
  filters: { region: regionFilter },
  async list(query) {
    const { region } = query.filters as { region?: string };
    const where: Prisma.CountryWhereInput = region ? { region: { slug: region } } : {};
    const page = await keysetPage<Prisma.CountryWhereInput, CountryRow>(
      query,
      'name',
      countryOrder,
      () => db.country.count({ where }),
      ({ after, orderBy, take }) =>
        db.country.findMany({ where: { AND: [where, ...after] }, orderBy, take, select: countrySelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: page.rows.map(countryRecord) };
  },
  async one(code) {
    if (!/^[a-zA-Z]{2}$/.test(code)) return null;
    const row = await db.country.findUnique({ where: { code: code.toUpperCase() }, select: countrySelect });
    return row ? countryRecord(row) : null;
  },
};

const regionSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  sortOrder: true,
  countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
} as const satisfies Prisma.RegionSelect;
type RegionRow = Prisma.RegionGetPayload<{ select: typeof regionSelect }>;
const regionRecord = ({ slug, name, description, countries }: RegionRow): RegionRecord => ({
  slug,
  name,
  description,
  url: absoluteUrl(`/regions/${slug}`),
  countries,
});
const regionOrder = [
  { field: 'sortOrder', direction: 'asc', type: 'number' },
  { field: 'name', direction: 'asc', type: 'text' },
  byId,
] as const satisfies OrderKey[];

const regions: ApiResource<RegionRecord> = {
  recordName: 'Region',
  key: 'slug',
  record: regionRecordSchema,
  description: "The coalition's world regions, in their set order, with their countries.",
  changedSince: false,
  filters: {},
  async list(query) {
    const page = await keysetPage<Prisma.RegionWhereInput, RegionRow>(
      query,
      'set',
      regionOrder,
      () => db.region.count(),
      ({ after, orderBy, take }) => db.region.findMany({ where: { AND: after }, orderBy, take, select: regionSelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: page.rows.map(regionRecord) };
  },
  async one(slug) {
    const row = await db.region.findUnique({ where: { slug }, select: regionSelect });
    return row ? regionRecord(row) : null;
  },
};

const themeSelect = { id: true, slug: true, label: true } as const;
const themeOrder = [{ field: 'label', direction: 'asc', type: 'text' }, byId] as const satisfies OrderKey[];

const themes: ApiResource<ThemeRecord> = {
  recordName: 'Theme',
  key: 'slug',
  record: themeRecordSchema,
  description: 'The themes vocabulary that organisations and publications are tagged with, by label.',
  changedSince: false,
  filters: {},
  async list(query) {
    const page = await keysetPage<Prisma.ThemeWhereInput, { id: string; slug: string; label: string }>(
      query,
      'label',
      themeOrder,
      () => db.theme.count(),
      ({ after, orderBy, take }) => db.theme.findMany({ where: { AND: after }, orderBy, take, select: themeSelect }),
    );
    if (!page) return badCursor;
    return { ...page, records: page.rows.map(({ slug, label }) => ({ slug, label })) };
  },
  async one(slug) {
    return db.theme.findUnique({ where: { slug }, select: { slug: true, label: true } });
  },
};

/**
 * What the pages' reads of one record (getOrganization, getPublication, getCampaign, getEvent) return
 * that the API leaves out, each with its reason. api.test.ts compares those reads with the API: a
 * field a page gains fails it until the API carries the field or it is named here.
 */
export const pageFieldsLeftOut = {
  organizations: {
    id: 'an internal id; the slug names it',
    status: 'always ACTIVE for a visitor',
    trusted: "an admin's setting, null for everyone else",
    publications: 'listed by /api/v1/publications, each naming its organization',
  },
  publications: { status: 'always PUBLISHED for a visitor', embargoUntil: 'always past or none for a visitor' },
  campaigns: {
    latestSignatures:
      "people's names: shown on the page to people who read it, not handed out in bulk (the counts are in the API)",
  },
  events: {},
} satisfies Record<'organizations' | 'publications' | 'campaigns' | 'events', Record<string, string>>;

/** The lists of the API, each at /api/v1/<name>, in the order the OpenAPI document gives them. */
export const apiResourceNames = [
  'organizations',
  'publications',
  'campaigns',
  'events',
  'countries',
  'regions',
  'themes',
] as const;

export type ApiResourceName = (typeof apiResourceNames)[number];

export const apiResources: Record<ApiResourceName, ApiResource<object>> = {
  organizations,
  publications,
  campaigns,
  events,
  countries,
  regions,
  themes,
};
