// Writing publications: staff write them in /manage/publications, members share resources from
// /account/submissions, and both move them through the workflow (workflow.ts). Every write takes the
// viewer first and returns a Result, so it is tested without a request; the policy decides each step
// ('publication:create', ':share', ':edit', ':transition'), and every change is audited in its own
// transaction, the workflow's steps also in the publication's history (PublicationTransition).
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, isStaff, type MaybeViewer, type Viewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { firstFreeSlug, retryOnSlugRace, slugFromTitle } from '@/lib/site/slugs';
import { denied, fieldRefusal, invalid, missing, refused, type Refusal, type Result } from '@/lib/forms/result';
import type { Prisma, PublicationStatus } from '@/lib/generated/prisma/client';
import { queueMail } from '@/lib/mail/outbox';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { unknownThemes } from '@/lib/themes/queries';
import {
  contentColumnNames,
  contentColumnsSelect,
  publicationEditSchema,
  publicationSchema,
  transitionSchema,
  type PublicationValues,
} from './schemas';
import { factsOf, publicationFactsSelect, workflow, type Transition } from './workflow';

// ─── What the rules need to know ─────────────────────────────────────────────

/**
 * Why a viewer may not touch a publication: 409 when the state, not the person, is what stops it
 * (an author's piece in review, an archived one), else 401/403. The id is random, so a 403 tells
 * nobody what is not theirs; pages that show a publication say 404 instead.
 */
function refusalFor(viewer: Viewer, stateIsTheObstacle: boolean): Refusal {
  return stateIsTheObstacle ? refused(409, 'notInThisState') : denied(viewer);
}

// ─── Tags and slugs ──────────────────────────────────────────────────────────

interface ResolvedTags {
  regionIds: string[];
  countryCodes: string[];
  themeSlugs: string[];
}

/**
 * The chosen regions, countries and themes as rows, or a refusal beside the field with an unknown
 * one. A publication tagged with a country is also in that country's region, so "documents by
 * region" finds it.
 */
async function resolveTags(values: PublicationValues): Promise<ResolvedTags | Refusal> {
  const [regions, countries, strangeThemes] = await Promise.all([
    db.region.findMany({ where: { slug: { in: values.regions } }, select: { id: true } }),
    db.country.findMany({ where: { code: { in: values.countries } }, select: { code: true, regionId: true } }),
    unknownThemes(values.themes),
  ]);
  if (regions.length !== values.regions.length) return fieldRefusal(400, 'regions', 'regionUnknown');
  if (countries.length !== values.countries.length) return fieldRefusal(400, 'countries', 'countryUnknown');
  if (strangeThemes.length > 0) return fieldRefusal(400, 'themes', 'themeUnknown');
  return {
    regionIds: [...new Set([...regions.map((region) => region.id), ...countries.map((country) => country.regionId)])],
    countryCodes: values.countries,
    themeSlugs: values.themes,
  };
}

/**
 * A slug no other publication has or had (old slugs stay as aliases, so their links keep working):
 * the title's, or the title's with -2, -3… One of the publication's own old slugs may come back.
 */
async function freeSlug(tx: Prisma.TransactionClient, title: string, publicationId?: string): Promise<string> {
  const base = slugFromTitle(title, 'publication');
  const [publications, aliases] = await Promise.all([
    tx.publication.findMany({
      where: { slug: { startsWith: base }, ...(publicationId ? { NOT: { id: publicationId } } : {}) },
      select: { slug: true },
    }),
    tx.publicationSlugAlias.findMany({
      where: { slug: { startsWith: base }, ...(publicationId ? { NOT: { publicationId } } : {}) },
      select: { slug: true },
    }),
  ]);
  return firstFreeSlug(
    base,
    [...publications, ...aliases].map((row) => row.slug),
  );
}

// ─── Content ─────────────────────────────────────────────────────────────────

/** The columns of a publication's content, as written. */
function contentColumns(values: PublicationValues): Pick<PublicationValues, (typeof contentColumnNames)[number]> {
  return Object.fromEntries(contentColumnNames.map((name) => [name, values[name]])) as Pick<
    PublicationValues,
    (typeof contentColumnNames)[number]
  >;
}

/** A publication as the audit log compares it: its content, and its tags as sorted lists. */
function auditSnapshot(
  values: Record<string, unknown> & { publishedAt: Date | null; embargoUntil: Date | null },
  tags: ResolvedTags,
): Record<string, unknown> {
  return {
    ...values,
    publishedAt: values.publishedAt?.toISOString().slice(0, 10) ?? null,
    embargoUntil: values.embargoUntil?.toISOString() ?? null,
    regionIds: [...tags.regionIds].sort(),
    countries: [...tags.countryCodes].sort(),
    themes: [...tags.themeSlugs].sort(),
  };
}

/**
 * Writes a new publication as a draft. Staff write in their regions ('publication:create'); any
 * member shares a resource ('publication:share'), in their organisation's name. Its author is the
 * viewer, and its history starts with the draft.
 */
export async function createPublication(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ id: string; slug: string }>> {
  if (!viewer || !can(viewer, 'publication:share', {})) return denied(viewer);
  const parsed = publicationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const tags = await resolveTags(parsed.data);
  if ('ok' in tags) return tags;
  if (isStaff(viewer) && !can(viewer, 'publication:create', { regionIds: tags.regionIds })) {
    return fieldRefusal(403, 'regions', 'regionsNotYours');
  }
  const columns = contentColumns(parsed.data);
  const write = () =>
    db.$transaction(async (tx) => {
      const slug = await freeSlug(tx, columns.title);
      const created = await tx.publication.create({
        data: {
          ...columns,
          slug,
          status: 'DRAFT',
          submittedById: viewer.id,
          organizationId: viewer.organizationId,
          regions: { connect: tags.regionIds.map((id) => ({ id })) },
          countries: { connect: tags.countryCodes.map((code) => ({ code })) },
          themes: { connect: tags.themeSlugs.map((themeSlug) => ({ slug: themeSlug })) },
          transitions: { create: { fromStatus: null, toStatus: 'DRAFT', actorId: viewer.id } },
        },
        select: { id: true, slug: true },
      });
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'publication.create',
        subjectType: 'Publication',
        subjectId: created.id,
        after: { ...auditSnapshot(columns, tags), slug, status: 'DRAFT' },
        ip: meta.ip,
      });
      return created;
    });
  const created = await retryOnSlugRace(write);
  return { ok: true, message: 'created', data: created };
}

/**
 * Saves a publication's content and tags. A new title gives it a new slug; the old one stays as an
 * alias, so links to it keep working (the library answers them with a permanent redirect).
 */
export async function updatePublication(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; status: PublicationStatus }>> {
  if (!viewer) return denied(viewer);
  const parsed = publicationEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { publicationId, ...values } = parsed.data;
  const current = await db.publication.findUnique({ where: { id: publicationId }, select: publicationFactsSelect });
  if (!current) return missing();
  const facts = factsOf(current);
  if (!can(viewer, 'publication:edit', facts)) {
    return refusalFor(viewer, can(viewer, 'publication:edit', { ...facts, status: 'DRAFT' }));
  }
  const tags = await resolveTags(values);
  if ('ok' in tags) return tags;
  // Staff limited to regions keep what they edit in their regions, their own drafts too.
  if (isStaff(viewer) && !can(viewer, 'publication:create', { regionIds: tags.regionIds })) {
    return fieldRefusal(403, 'regions', 'regionsNotYours');
  }
  const columns = contentColumns(values);
  const write = () =>
    db.$transaction(async (tx) => {
      const before = await tx.publication.findUniqueOrThrow({
        where: { id: publicationId },
        select: {
          slug: true,
          status: true,
          ...contentColumnsSelect,
          regions: { select: { id: true } },
          countries: { select: { code: true } },
          themes: { select: { slug: true } },
        },
      });
      const { slug: oldSlug, status, regions, countries, themes, ...oldColumns } = before;
      const slug = oldColumns.title === columns.title ? oldSlug : await freeSlug(tx, columns.title, publicationId);
      if (slug !== oldSlug) {
        await tx.publicationSlugAlias.deleteMany({ where: { slug } });
        await tx.publicationSlugAlias.create({ data: { slug: oldSlug, publicationId } });
      }
      await tx.publication.update({
        where: { id: publicationId },
        data: {
          ...columns,
          slug,
          regions: { set: tags.regionIds.map((id) => ({ id })) },
          countries: { set: tags.countryCodes.map((code) => ({ code })) },
          themes: { set: tags.themeSlugs.map((themeSlug) => ({ slug: themeSlug })) },
        },
      });
      const changes = changedFields(
        {
          ...auditSnapshot(oldColumns, {
            regionIds: regions.map((region) => region.id),
            countryCodes: countries.map((country) => country.code),
            themeSlugs: themes.map((theme) => theme.slug),
          }),
          slug: oldSlug,
        },
        { ...auditSnapshot(columns, tags), slug },
      );
      if (Object.keys(changes.after).length === 0) return { message: 'noChanges', slug, status };
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'publication.update',
        subjectType: 'Publication',
        subjectId: publicationId,
        ...changes,
        ip: meta.ip,
      });
      return { message: 'saved', slug, status };
    });
  const { message, ...data } = await retryOnSlugRace(write);
  return { ok: true, message, data };
}

// ─── The workflow ────────────────────────────────────────────────────────────

/** A reviewer's decisions: recorded as the review, and e-mailed to the author. */
const reviewerSteps = ['approve', 'requestChanges', 'reject'] as const;

type ReviewerStep = (typeof reviewerSteps)[number];

const isReviewerStep = (transition: Transition): transition is ReviewerStep =>
  (reviewerSteps as readonly Transition[]).includes(transition);

/**
 * Takes one step of the workflow. The step must lead from the state the publication is in when the
 * change is written (a reviewer who acts on a page that is out of date gets 409, not a second step).
 */
export async function transitionPublication(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; status: PublicationStatus }>> {
  if (!viewer) return denied(viewer);
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { publicationId, transition, reasonCode, reasonText } = parsed.data;
  const step = workflow[transition];
  const current = await db.publication.findUnique({ where: { id: publicationId }, select: publicationFactsSelect });
  if (!current) return missing();
  const facts = factsOf(current);
  if (!can(viewer, 'publication:transition', { ...facts, transition })) {
    const fromAnotherState = step.from.some((status) =>
      can(viewer, 'publication:transition', { ...facts, status, transition }),
    );
    return refusalFor(viewer, fromAnotherState);
  }
  const now = new Date();
  const reviewed = isReviewerStep(transition);
  const reason = 'needsReason' in step ? { reasonCode: reasonCode ?? null, reasonText: reasonText || null } : {};
  const t = reviewed ? await getTranslations({ locale: 'en', namespace: 'publications' }) : null;

  const outcome = await db.$transaction(async (tx) => {
    // Only from the state it was read in: a concurrent step makes this one a no-op, refused below.
    const moved = await tx.publication.updateMany({
      where: { id: publicationId, status: facts.status },
      data: {
        status: step.to,
        ...(reviewed
          ? { reviewedById: viewer.id, reviewedAt: now, reviewNote: 'needsReason' in step ? reasonText || null : null }
          : {}),
      },
    });
    if (moved.count === 0) return null;
    if (step.to === 'PUBLISHED') {
      // The date a publication first appeared, unless its writer gave one (a re-published piece).
      await tx.publication.updateMany({ where: { id: publicationId, publishedAt: null }, data: { publishedAt: now } });
    }
    await tx.publicationTransition.create({
      data: { publicationId, fromStatus: facts.status, toStatus: step.to, actorId: viewer.id, ...reason },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: `publication.${transition}`,
      subjectType: 'Publication',
      subjectId: publicationId,
      before: { status: facts.status },
      after: { status: step.to, ...reason },
      ip: meta.ip,
    });
    const author = current.submittedBy;
    if (t && isReviewerStep(transition) && author && current.submittedById !== viewer.id) {
      const values = {
        name: author.name,
        title: current.title,
        site: getSiteSettings().name,
        reason: reasonCode ? t(`reasons.${reasonCode}`) : '',
        note: reasonText || '',
        url: absoluteUrl(transition === 'approve' ? `/library/${current.slug}` : '/account/submissions'),
      };
      await queueMail(tx, {
        to: author.email,
        subject: t(`mail.${transition}.subject`, values),
        text: t(`mail.${transition}.text`, values),
      });
    }
    return { slug: current.slug, status: step.to };
  });
  if (!outcome) return refused(409, 'notInThisState');
  return { ok: true, message: transition, data: outcome };
}
