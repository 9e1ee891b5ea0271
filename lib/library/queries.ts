// Reads for the library of publications and toolkits. Which publications a viewer reads is decided
// by publicationReadScope (lib/auth/policy.ts): published ones; members-only ones to members. A
// single publication answers with a refusal (lib/forms/result.ts) the page turns into 401 or 404.
import 'server-only';
import { themeOrder, type ThemeTag } from '@/lib/themes/queries';
import { cache } from 'react';
import {
  can,
  publicationReadScope,
  readableOnceSignedIn,
  visiblePublications,
  type MaybeViewer,
} from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { isRecordId } from '@/lib/forms/fields';
import { attachmentItemOf, attachmentItemSelect, type AttachmentItem } from '@/lib/publications/attachments';
import { toolkitSectionOf, toolkitSectionSelect, type ToolkitSectionItem } from '@/lib/publications/sections';
import { denied, missing, type Result } from '@/lib/forms/result';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrganizationStatus, PublicationKind, PublicationStatus, Visibility } from '@/lib/generated/prisma/enums';
import { newestPublicationsFirst } from '@/lib/site/orderings';
import { paginated, pageWindow, rankedPage, type Paginated } from '@/lib/site/pagination';
import { rankMatches, rowsWithin, type MatchOrder } from '@/lib/search/queries';
import { isOneOf, joinLinks, linkColumns, searchSources } from '@/lib/search/sources';
import type { LibraryFilters } from './schemas';

export const libraryPageSize = 20;

export interface PublicationListItem {
  slug: string;
  title: string;
  kind: PublicationKind;
  summary: string;
  authors: string[];
  publishedAt: Date | null;
  /** When it was last changed: a feed's date for one without a publication date. */
  updatedAt: Date;
  language: string;
  visibility: Visibility;
  organization: { name: string; slug: string | null } | null;
  regions: { slug: string; name: string }[];
}

const listItemSelect = {
  slug: true,
  title: true,
  kind: true,
  summary: true,
  authors: true,
  publishedAt: true,
  updatedAt: true,
  language: true,
  visibility: true,
  organization: { select: { name: true, slug: true, status: true } },
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
} satisfies Prisma.PublicationSelect;

type ListRow = Prisma.PublicationGetPayload<{ select: typeof listItemSelect }>;

/** The organisation's name, and its slug only when the viewer may open its directory page. */
function organizationLink(
  viewer: MaybeViewer,
  organization: { name: string; slug: string; status: OrganizationStatus } | null,
): { name: string; slug: string | null } | null {
  if (!organization) return null;
  return { name: organization.name, slug: can(viewer, 'organization:read', organization) ? organization.slug : null };
}

function toListItem(viewer: MaybeViewer, row: ListRow): PublicationListItem {
  return { ...row, organization: organizationLink(viewer, row.organization) };
}

export function libraryWhere(viewer: MaybeViewer, filters: Omit<LibraryFilters, 'page'>): Prisma.PublicationWhereInput {
  const filtered: Prisma.PublicationWhereInput = {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.theme ? { themes: { some: { slug: filters.theme } } } : {}),
    ...(filters.language ? { language: { equals: filters.language, mode: 'insensitive' } } : {}),
    ...(filters.region ? { regions: { some: { slug: filters.region } } } : {}),
    ...(filters.country ? { countries: { some: { code: filters.country } } } : {}),
  };
  return { AND: [visiblePublications(viewer), filtered] };
}

/**
 * Publications the viewer may read, newest first, narrowed by kind, region, theme and language, 20
 * a page; with words, the best matches first, or the newest (`order`, for the library's feed).
 */
export async function listPublications(
  viewer: MaybeViewer,
  filters: LibraryFilters,
  order: MatchOrder = 'best',
): Promise<Paginated<PublicationListItem>> {
  if (filters.q) return searchPublications(viewer, { ...filters, q: filters.q }, order);
  const where = libraryWhere(viewer, filters);
  const [total, rows] = await Promise.all([
    db.publication.count({ where }),
    db.publication.findMany({
      where,
      orderBy: newestPublicationsFirst,
      ...pageWindow(filters.page, libraryPageSize),
      select: listItemSelect,
    }),
  ]);
  return paginated(
    rows.map((row) => toListItem(viewer, row)),
    total,
    filters.page,
    libraryPageSize,
  );
}

/**
 * The library narrowed by words: the publications that match them within the other filters, best
 * first (lib/search ranks the newest rankedCandidateLimit matches; the pages end there).
 */
async function searchPublications(
  viewer: MaybeViewer,
  filters: LibraryFilters & { q: string },
  order: MatchOrder,
): Promise<Paginated<PublicationListItem>> {
  const ranked = await rankMatches(
    'publication',
    viewer,
    filters.q,
    readableWithin(viewer, filters),
    pageWindow(filters.page, libraryPageSize),
    order,
  );
  const rows = await db.publication.findMany({
    where: { id: { in: ranked.ids } },
    select: { ...listItemSelect, id: true },
  });
  const byId = new Map(rows.map(({ id, ...row }) => [id, row]));
  const items = ranked.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toListItem(viewer, row)] : [];
  });
  return rankedPage(items, ranked, filters.page, libraryPageSize);
}

/** The newest publications the viewer may read, for the home page. */
export async function listLatestPublications(viewer: MaybeViewer, limit = 6): Promise<PublicationListItem[]> {
  const rows = await db.publication.findMany({
    where: visiblePublications(viewer),
    orderBy: newestPublicationsFirst,
    take: limit,
    select: listItemSelect,
  });
  return rows.map((row) => toListItem(viewer, row));
}

/** A value of a filter and how many publications the viewer may read have it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface LibraryFacets {
  kinds: Partial<Record<PublicationKind, number>>;
  regions: FacetValue[];
  countries: FacetValue[];
  themes: FacetValue[];
  languages: FacetValue[];
}

type ChosenFilters = Omit<LibraryFilters, 'page'>;
type FacetName = keyof ChosenFilters;

/**
 * The publications the viewer may read narrowed by every chosen filter but `except`, as a condition
 * on "Publication" x: a facet is counted within the other choices, never within its own, so its
 * list still offers the alternatives to what is chosen. Mirrors libraryWhere (the test compares
 * every count with what the library lists). The scope is compared as the enums it is, since a cast
 * to text would hide the indexes.
 */
export function readableWithin(viewer: MaybeViewer, filters: ChosenFilters, except?: FacetName): Prisma.Sql {
  const { statuses, visibilities, embargoEndedBy } = publicationReadScope(viewer);
  const conditions = [
    isOneOf(Prisma.sql`x.status`, statuses, 'PublicationStatus'),
    isOneOf(Prisma.sql`x.visibility`, visibilities, 'Visibility'),
    Prisma.sql`(x."embargoUntil" IS NULL OR x."embargoUntil" <= ${embargoEndedBy})`,
  ];
  // Words narrow every facet, as they narrow the list.
  if (filters.q) conditions.push(searchSources.publication.matches(viewer, filters.q));
  const chosen = (facet: FacetName) => (facet === except ? undefined : filters[facet]);
  const kind = chosen('kind');
  if (kind) conditions.push(Prisma.sql`x.kind = ${kind}::"PublicationKind"`);
  const language = chosen('language');
  if (language) conditions.push(Prisma.sql`lower(x.language) = lower(${language})`);
  const theme = chosen('theme');
  if (theme) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_PublicationToTheme" pt JOIN "Theme" t ON t.id = pt."B"
      WHERE pt."A" = x.id AND t.slug = ${theme})`);
  }
  const region = chosen('region');
  if (region) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "_PublicationToRegion" pr JOIN "Region" r ON r.id = pr."B"
      WHERE pr."A" = x.id AND r.slug = ${region})`);
  }
  const country = chosen('country');
  if (country) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "_CountryToPublication" cp WHERE cp."B" = x.id AND cp."A" = ${country})`,
    );
  }
  return Prisma.join(conditions, ' AND ');
}

interface FacetRow {
  value: string;
  label: string;
  count: number;
}

/** The language rows, with the chosen one at 0 when nothing within the other filters has it. */
function withChosen(rows: { value: string; count: number }[], chosen: string | undefined) {
  if (!chosen || rows.some((row) => row.value.toLowerCase() === chosen.toLowerCase())) return rows;
  return [...rows, { value: chosen, count: 0 }];
}

/**
 * Every value of the library's filters that a publication the viewer may read has, with how many
 * of them have it within the other chosen filters (a members-only piece is never counted for a
 * visitor). Regions are all listed, even empty; a chosen country or theme stays listed when nothing
 * holds it any more, so the form can still show it chosen. One GROUP BY a facet, over its join table.
 */
export async function listLibraryFacets(viewer: MaybeViewer, filters: ChosenFilters = {}): Promise<LibraryFacets> {
  // With words, each facet is counted in a sample of the newest matches (lib/search rowsWithin).
  const sampled = Boolean(filters.q);
  const within = (facet: FacetName) => rowsWithin('publication', readableWithin(viewer, filters, facet), sampled);
  const links = searchSources.publication;
  const linkedTo = (link: typeof links.regions) => ({
    join: joinLinks(link, 'x', sampled),
    value: linkColumns(link).other,
  });
  const region = linkedTo(links.regions);
  const country = linkedTo(links.countries!);
  const theme = linkedTo(links.themes!);
  const [kinds, regions, countries, themes, languages] = await Promise.all([
    db.$queryRaw<{ value: PublicationKind; count: number }[]>`
      SELECT x.kind::text AS value, count(*)::int AS count FROM ${within('kind')} GROUP BY x.kind`,
    db.$queryRaw<FacetRow[]>`
      SELECT r.slug AS value, r.name AS label, coalesce(counted.count, 0)::int AS count
      FROM "Region" r LEFT JOIN (
        SELECT ${region.value} AS id, count(*) AS count FROM ${within('region')} ${region.join} GROUP BY 1
      ) counted ON counted.id = r.id
      ORDER BY r."sortOrder", r.name`,
    db.$queryRaw<FacetRow[]>`
      SELECT c.code AS value, c.name AS label, coalesce(counted.count, 0)::int AS count
      FROM "Country" c LEFT JOIN (
        SELECT ${country.value} AS code, count(*) AS count FROM ${within('country')} ${country.join} GROUP BY 1
      ) counted ON counted.code = c.code
      WHERE counted.count IS NOT NULL OR c.code = ${filters.country ?? null}
      ORDER BY c.name`,
    db.$queryRaw<FacetRow[]>`
      SELECT t.slug AS value, t.label, coalesce(counted.count, 0)::int AS count
      FROM "Theme" t LEFT JOIN (
        SELECT ${theme.value} AS id, count(*) AS count FROM ${within('theme')} ${theme.join} GROUP BY 1
      ) counted ON counted.id = t.id
      WHERE counted.count IS NOT NULL OR t.slug = ${filters.theme ?? null}
      ORDER BY t.label`,
    db.$queryRaw<{ value: string; count: number }[]>`
      SELECT x.language AS value, count(*)::int AS count FROM ${within('language')}
      GROUP BY x.language ORDER BY value`,
  ]);
  return {
    kinds: Object.fromEntries(kinds.map((row) => [row.value, row.count])),
    regions,
    countries,
    themes,
    languages: withChosen(languages, filters.language).map((row) => ({ ...row, label: row.value })),
  };
}

export interface PublicationDetail extends PublicationListItem {
  body: string;
  source: string | null;
  sourceUrl: string | null;
  themes: ThemeTag[];
  countries: { code: string; name: string }[];
  /** A toolkit's sections in order, each with its files. */
  sections: ToolkitSectionItem[];
  /** Its files, in order, to download at /library/[slug]/files/[id]. */
  files: AttachmentItem[];
}

/**
 * One publication the viewer may read, with its toolkit sections in order. Refused with 401 when
 * signing in would open it (a visitor following a link to a members-only publication), else 404
 * (unknown, or not readable: nothing says it exists).
 */
export const publicationDetailSelect = {
  ...listItemSelect,
  status: true,
  embargoUntil: true,
  body: true,
  source: true,
  sourceUrl: true,
  themes: { orderBy: themeOrder, select: { slug: true, label: true } },
  countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
  sections: toolkitSectionSelect,
  attachments: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: attachmentItemSelect },
} satisfies Prisma.PublicationSelect;

type DetailRow = Prisma.PublicationGetPayload<{ select: typeof publicationDetailSelect }>;

/** The row as readers get it (its state and embargo ride along, read by no page but the preview). */
export function publicationDetailOf(viewer: MaybeViewer, row: DetailRow): PublicationDetail {
  const { attachments, sections, ...publication } = row;
  return {
    ...publication,
    files: attachments.map(attachmentItemOf),
    sections: sections.map(toolkitSectionOf),
    organization: organizationLink(viewer, publication.organization),
  };
}

export const getPublication = cache(async (viewer: MaybeViewer, slug: string): Promise<Result<PublicationDetail>> => {
  const row = await db.publication.findUnique({ where: { slug }, select: publicationDetailSelect });
  if (!row) return missing();
  const subject = { status: row.status, visibility: row.visibility, embargoUntil: row.embargoUntil };
  if (!can(viewer, 'publication:read', subject)) {
    return readableOnceSignedIn(viewer, subject) ? denied(viewer) : missing();
  }
  return { ok: true, data: publicationDetailOf(viewer, row) };
});

/**
 * A publication in any state as readers would see it, for its author and for staff (the same people
 * who open it in /account/submissions or /manage/publications); 404 for anyone else.
 */
export async function getPublicationPreview(
  viewer: MaybeViewer,
  publicationId: string,
): Promise<Result<PublicationDetail & { status: PublicationStatus; isAuthor: boolean }>> {
  if (!viewer) return denied(viewer);
  if (!isRecordId(publicationId)) return missing();
  const row = await db.publication.findUnique({
    where: { id: publicationId },
    select: { ...publicationDetailSelect, submittedById: true },
  });
  if (!row) return missing();
  const isAuthor = row.submittedById === viewer.id;
  if (!isAuthor && !can(viewer, 'publication:manage', {})) return missing();
  return { ok: true, data: { ...publicationDetailOf(viewer, row), status: row.status, isAuthor } };
}

export const relatedLimit = 4;

/**
 * Up to four other publications the viewer may read that share a theme with this one, newest
 * first; topped up with ones of the same regions when fewer share a theme.
 */
export async function listRelatedPublications(
  viewer: MaybeViewer,
  publication: Pick<PublicationDetail, 'slug' | 'themes' | 'regions'>,
): Promise<PublicationListItem[]> {
  const others = (more: Prisma.PublicationWhereInput, exclude: string[]) =>
    db.publication.findMany({
      where: { AND: [visiblePublications(viewer), { slug: { notIn: exclude } }, more] },
      orderBy: newestPublicationsFirst,
      take: relatedLimit,
      select: listItemSelect,
    });
  const themes = publication.themes.map((theme) => theme.slug);
  const regions = publication.regions.map((region) => region.slug);
  const byTheme =
    themes.length > 0 ? await others({ themes: { some: { slug: { in: themes } } } }, [publication.slug]) : [];
  const byRegion =
    byTheme.length < relatedLimit && regions.length > 0
      ? await others({ regions: { some: { slug: { in: regions } } } }, [
          publication.slug,
          ...byTheme.map((row) => row.slug),
        ])
      : [];
  return [...byTheme, ...byRegion].slice(0, relatedLimit).map((row) => toListItem(viewer, row));
}

/**
 * Where a publication's old address now leads: the slug it has today, when it had `slug` before its
 * title changed, and only if the viewer may read it or may by signing in (a redirect would otherwise
 * name a draft's new title). Null when `slug` was never a publication's.
 */
export async function findMovedPublication(viewer: MaybeViewer, slug: string): Promise<string | null> {
  const alias = await db.publicationSlugAlias.findUnique({
    where: { slug },
    select: { publication: { select: { slug: true } } },
  });
  if (!alias) return null;
  const target = await getPublication(viewer, alias.publication.slug);
  return target.ok || target.status === 401 ? alias.publication.slug : null;
}
