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
import { denied, missing, type Result } from '@/lib/forms/result';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrganizationStatus, PublicationKind, PublicationStatus, Visibility } from '@/lib/generated/prisma/enums';
import { newestPublicationsFirst } from '@/lib/site/orderings';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import type { LibraryFilters } from './schemas';

export const libraryPageSize = 20;

export interface PublicationListItem {
  slug: string;
  title: string;
  kind: PublicationKind;
  summary: string;
  authors: string[];
  publishedAt: Date | null;
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

function libraryWhere(viewer: MaybeViewer, filters: Omit<LibraryFilters, 'page'>): Prisma.PublicationWhereInput {
  const filtered: Prisma.PublicationWhereInput = {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.theme ? { themes: { some: { slug: filters.theme } } } : {}),
    ...(filters.language ? { language: { equals: filters.language, mode: 'insensitive' } } : {}),
    ...(filters.region ? { regions: { some: { slug: filters.region } } } : {}),
    ...(filters.country ? { countries: { some: { code: filters.country } } } : {}),
  };
  return { AND: [visiblePublications(viewer), filtered] };
}

/** Publications the viewer may read, newest first, narrowed by kind, region, theme and language, 20 a page. */
export async function listPublications(
  viewer: MaybeViewer,
  filters: LibraryFilters,
): Promise<Paginated<PublicationListItem>> {
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

/**
 * Every value of the library's filters that at least one publication the viewer may read has, with
 * how many such publications have it (counts of the readable library, not narrowed by the other
 * filters; a members-only piece is never counted for a visitor). The languages read
 * "Publication_status_visibility_kind_language_embargoUntil_idx" only (an index-only scan): the
 * scope is compared as the enums it is, since a cast to text would hide the index.
 */
export async function listLibraryFacets(viewer: MaybeViewer): Promise<LibraryFacets> {
  const { statuses, visibilities, embargoEndedBy } = publicationReadScope(viewer);
  const readable = Prisma.sql`status = ANY(${statuses}::"PublicationStatus"[]) AND visibility = ANY(${visibilities}::"Visibility"[])
    AND ("embargoUntil" IS NULL OR "embargoUntil" <= ${embargoEndedBy})`;
  const visible = visiblePublications(viewer);
  const counted = { _count: { select: { publications: { where: visible } } } } as const;
  const [kinds, regions, countries, themes, languages] = await Promise.all([
    db.publication.groupBy({ by: ['kind'], where: visible, _count: { _all: true } }),
    db.region.findMany({ orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true, ...counted } }),
    db.country.findMany({
      where: { publications: { some: visible } },
      orderBy: { name: 'asc' },
      select: { code: true, name: true, ...counted },
    }),
    db.theme.findMany({
      where: { publications: { some: visible } },
      orderBy: themeOrder,
      select: { slug: true, label: true, ...counted },
    }),
    db.$queryRaw<{ value: string; count: bigint | number }[]>`
      SELECT language AS value, count(*) AS count FROM "Publication" WHERE ${readable} GROUP BY language ORDER BY value`,
  ]);
  return {
    kinds: Object.fromEntries(kinds.map((group) => [group.kind, group._count._all])),
    regions: regions.map((region) => ({ value: region.slug, label: region.name, count: region._count.publications })),
    countries: countries.map((country) => ({
      value: country.code,
      label: country.name,
      count: country._count.publications,
    })),
    themes: themes.map((theme) => ({ value: theme.slug, label: theme.label, count: theme._count.publications })),
    languages: languages.map((row) => ({ value: row.value, label: row.value, count: Number(row.count) })),
  };
}

export interface PublicationDetail extends PublicationListItem {
  body: string;
  source: string | null;
  sourceUrl: string | null;
  themes: ThemeTag[];
  countries: { code: string; name: string }[];
  sections: { position: number; heading: string; body: string }[];
  /** Its files, in order, to download at /library/[slug]/files/[id]. */
  files: AttachmentItem[];
}

/**
 * One publication the viewer may read, with its toolkit sections in order. Refused with 401 when
 * signing in would open it (a visitor following a link to a members-only publication), else 404
 * (unknown, or not readable: nothing says it exists).
 */
const detailSelect = {
  ...listItemSelect,
  status: true,
  embargoUntil: true,
  body: true,
  source: true,
  sourceUrl: true,
  themes: { orderBy: themeOrder, select: { slug: true, label: true } },
  countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
  sections: { orderBy: { position: 'asc' }, select: { position: true, heading: true, body: true } },
  attachments: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: attachmentItemSelect },
} satisfies Prisma.PublicationSelect;

type DetailRow = Prisma.PublicationGetPayload<{ select: typeof detailSelect }>;

/** The row as readers get it (its state and embargo ride along, read by no page but the preview). */
function detailOf(viewer: MaybeViewer, row: DetailRow): PublicationDetail {
  const { attachments, ...publication } = row;
  return {
    ...publication,
    files: attachments.map(attachmentItemOf),
    organization: organizationLink(viewer, publication.organization),
  };
}

export const getPublication = cache(async (viewer: MaybeViewer, slug: string): Promise<Result<PublicationDetail>> => {
  const row = await db.publication.findUnique({ where: { slug }, select: detailSelect });
  if (!row) return missing();
  const subject = { status: row.status, visibility: row.visibility, embargoUntil: row.embargoUntil };
  if (!can(viewer, 'publication:read', subject)) {
    return readableOnceSignedIn(viewer, subject) ? denied(viewer) : missing();
  }
  return { ok: true, data: detailOf(viewer, row) };
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
    select: { ...detailSelect, submittedById: true },
  });
  if (!row) return missing();
  const isAuthor = row.submittedById === viewer.id;
  if (!isAuthor && !can(viewer, 'publication:manage', {})) return missing();
  return { ok: true, data: { ...detailOf(viewer, row), status: row.status, isAuthor } };
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
