// Reads for writing and reviewing publications: staff's list (/manage/publications), the review
// queue (/manage/review), a member's own submissions (/account/submissions), and one publication as
// its form starts from, with its history and the steps the viewer may take. What the library's
// readers see is lib/library/queries.ts.
import 'server-only';
import {
  can,
  managedPublications,
  reviewablePublications,
  type MaybeViewer,
  type PublicationFacts,
} from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { isRecordId } from '@/lib/forms/fields';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationKind, PublicationStatus, Visibility } from '@/lib/generated/prisma/enums';
import { listRegionsWithCountries, type RegionWithCountries } from '@/lib/regions/queries';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import { listThemes, themeOrder, type ThemeTag } from '@/lib/themes/queries';
import { attachmentItemOf, attachmentItemSelect, type AttachmentItem } from './attachments';
import { toolkitSectionOf, toolkitSectionSelect, type ToolkitSectionItem } from './sections';
import { contentColumnsSelect, type ManagedPublicationFilters, type PublicationInput } from './schemas';
import { factsOf, transitions, type ReviewReason, type Transition } from './workflow';

export const managedPageSize = 25;

/** A publication in the lists of those who write and review it. */
export interface PublicationRow {
  id: string;
  slug: string;
  title: string;
  kind: PublicationKind;
  status: PublicationStatus;
  visibility: Visibility;
  embargoUntil: Date | null;
  updatedAt: Date;
  submittedBy: { name: string } | null;
  organization: { name: string } | null;
  regions: { slug: string; name: string }[];
}

const rowSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  status: true,
  visibility: true,
  embargoUntil: true,
  updatedAt: true,
  submittedBy: { select: { name: true } },
  organization: { select: { name: true } },
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
} satisfies Prisma.PublicationSelect;

/** What a staff list shows above it: how many publications are in each state. */
export type StatusCounts = Partial<Record<PublicationStatus, number>>;

/**
 * The publications of the viewer's regions, last changed first, narrowed to one state, 25 a page,
 * with how many there are in each state; 401/403 for anyone but staff.
 */
export async function listManagedPublications(
  viewer: MaybeViewer,
  filters: ManagedPublicationFilters,
): Promise<Result<Paginated<PublicationRow> & { counts: StatusCounts }>> {
  if (!can(viewer, 'publication:manage', {})) return denied(viewer);
  const scope = managedPublications(viewer);
  const where: Prisma.PublicationWhereInput = { AND: [scope, filters.status ? { status: filters.status } : {}] };
  const [total, rows, byStatus] = await Promise.all([
    db.publication.count({ where }),
    db.publication.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...pageWindow(filters.page, managedPageSize),
      select: rowSelect,
    }),
    db.publication.groupBy({ by: ['status'], where: scope, _count: { _all: true } }),
  ]);
  const counts: StatusCounts = Object.fromEntries(byStatus.map((group) => [group.status, group._count._all]));
  return { ok: true, data: { ...paginated(rows, total, filters.page, managedPageSize), counts } };
}

/** Shared resources waiting for the viewer's review, oldest first (first come, first served). */
export async function listReviewQueue(viewer: MaybeViewer): Promise<Result<PublicationRow[]>> {
  if (!can(viewer, 'publication:manage', {})) return denied(viewer);
  const rows = await db.publication.findMany({
    where: reviewablePublications(viewer),
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: rowSelect,
  });
  return { ok: true, data: rows };
}

/** What the viewer shared or wrote, last changed first (/account/submissions). */
export async function listOwnPublications(viewer: MaybeViewer): Promise<Result<PublicationRow[]>> {
  if (!viewer) return denied(viewer);
  const rows = await db.publication.findMany({
    where: { submittedById: viewer.id },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: 200,
    select: rowSelect,
  });
  return { ok: true, data: rows };
}

/** One step of a publication's history, as its author and staff read it. */
export interface HistoryEntry {
  fromStatus: PublicationStatus | null;
  toStatus: PublicationStatus;
  actor: string | null;
  reasonCode: ReviewReason | null;
  reasonText: string | null;
  createdAt: Date;
}

export interface EditablePublication {
  id: string;
  slug: string;
  status: PublicationStatus;
  /** The form's values, as it sends them. */
  values: PublicationInput;
  /** Whether the viewer wrote or shared it. */
  isAuthor: boolean;
  /** Whether the viewer may change the content now. */
  editable: boolean;
  /** The workflow's steps this viewer may take now. */
  steps: Transition[];
  history: HistoryEntry[];
  /** Its files, in order. */
  files: AttachmentItem[];
  /** A toolkit's sections, in order, each with its files (none for other kinds). */
  sections: ToolkitSectionItem[];
}

const reasonOf = (code: string | null) => code as ReviewReason | null;

/** "2027-03-08T09:00" in UTC, as <input type="datetime-local"> shows it (the form says UTC). */
const utcMinute = (date: Date | null) => (date ? date.toISOString().slice(0, 16) : '');

/**
 * One publication as its form starts from, for its author and for staff who may edit it or take a
 * step; 404 for anyone else (nobody learns that someone else's draft exists).
 */
export async function getPublicationForEditing(
  viewer: MaybeViewer,
  publicationId: string,
): Promise<Result<EditablePublication>> {
  if (!viewer) return denied(viewer);
  if (!isRecordId(publicationId)) return missing();
  const row = await db.publication.findUnique({
    where: { id: publicationId },
    select: {
      id: true,
      slug: true,
      status: true,
      ...contentColumnsSelect,
      submittedById: true,
      regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true } },
      countries: { orderBy: { name: 'asc' }, select: { code: true } },
      themes: { orderBy: themeOrder, select: { slug: true } },
      submittedBy: { select: { email: true, name: true, organization: { select: { trusted: true } } } },
      attachments: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: attachmentItemSelect },
      sections: toolkitSectionSelect,
      transitions: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: {
          fromStatus: true,
          toStatus: true,
          reasonCode: true,
          reasonText: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  if (!row) return missing();
  const facts: PublicationFacts = factsOf(row);
  const editable = can(viewer, 'publication:edit', facts);
  const steps = transitions.filter((transition) => can(viewer, 'publication:transition', { ...facts, transition }));
  const isAuthor = row.submittedById === viewer.id;
  if (!editable && steps.length === 0 && !isAuthor && !can(viewer, 'publication:manage', {})) return missing();
  return {
    ok: true,
    data: {
      id: row.id,
      slug: row.slug,
      status: row.status,
      isAuthor,
      editable,
      steps,
      values: {
        title: row.title,
        kind: row.kind,
        summary: row.summary,
        body: row.body,
        authors: row.authors.join('\n'),
        source: row.source ?? '',
        sourceUrl: row.sourceUrl ?? '',
        linkUrl: row.linkUrl ?? '',
        publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : '',
        regions: row.regions.map((region) => region.slug),
        countries: row.countries.map((country) => country.code),
        themes: row.themes.map((theme) => theme.slug),
        language: row.language as PublicationInput['language'],
        visibility: row.visibility,
        embargoUntil: utcMinute(row.embargoUntil),
      },
      files: row.attachments.map(attachmentItemOf),
      sections: row.sections.map(toolkitSectionOf),
      history: row.transitions.map(({ actor, reasonCode, ...entry }) => ({
        ...entry,
        reasonCode: reasonOf(reasonCode),
        actor: actor?.name ?? null,
      })),
    },
  };
}

export interface PublicationFormOptions {
  regions: RegionWithCountries[];
  themes: ThemeTag[];
}

/** The choices of the publication form: regions with their countries, and the themes. */
export async function getPublicationFormOptions(): Promise<PublicationFormOptions> {
  const [regions, themes] = await Promise.all([listRegionsWithCountries(), listThemes()]);
  return { regions, themes };
}
