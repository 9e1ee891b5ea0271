// Running campaigns, for staff (/manage/campaigns): start one as a draft, change it, launch, close,
// reopen and archive it, post dated updates, and release or discard the signatures held over a
// limit. Every write takes the viewer first and returns a Result, so it is tested without a request.
// The policy decides each one ('campaign:create' in the chosen regions, 'campaign:edit' in the
// campaign's regions and, when they change, in the new ones too), and every change is audited in
// its own transaction. A campaign's address is made from its title while it is a draft, and kept
// from its launch on: links to a petition travel far.
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { isRecordId } from '@/lib/forms/fields';
import { firstFreeSlug, retryOnSlugRace, slugFromTitle } from '@/lib/site/slugs';
import { signingHasEnded } from './closing';
import { denied, fieldRefusal, invalid, missing, refused, type Result } from '@/lib/forms/result';
import type { CampaignStatus, Prisma } from '@/lib/generated/prisma/client';
import {
  campaignEditSchema,
  campaignSchema,
  campaignStepSchema,
  campaignSteps,
  campaignUpdateRemovalSchema,
  campaignUpdateSchema,
  heldSignaturesSchema,
  type CampaignValues,
} from './schemas';

/** What the rules need to know about one campaign. */
const campaignFactsSelect = {
  id: true,
  slug: true,
  status: true,
  endsAt: true,
  regions: { select: { id: true } },
} satisfies Prisma.CampaignSelect;

type CampaignFacts = Prisma.CampaignGetPayload<{ select: typeof campaignFactsSelect }>;

const factsOf = (campaign: CampaignFacts) => ({
  status: campaign.status,
  regionIds: campaign.regions.map((region) => region.id),
});

/**
 * The campaign named by `campaignId` if the viewer may change it: else 404 (unknown) or 401/403/409.
 * Also the check of its image (image.ts).
 */
export async function editableCampaign(
  viewer: MaybeViewer,
  campaignId: string,
): Promise<{ ok: true; campaign: CampaignFacts } | Exclude<Result, { ok: true }>> {
  if (!viewer || !can(viewer, 'campaign:manage', {})) return denied(viewer);
  // An address's id that is no record id names no campaign, and never reaches a query.
  if (!isRecordId(campaignId)) return missing();
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: campaignFactsSelect });
  if (!campaign) return missing();
  const facts = factsOf(campaign);
  if (can(viewer, 'campaign:edit', facts)) return { ok: true, campaign };
  // An archived campaign of the viewer's regions: the state, not the person, is what stops it.
  if (facts.status === 'ARCHIVED' && can(viewer, 'campaign:oversee', facts)) {
    return refused(409, 'archived');
  }
  return denied(viewer);
}

/** The chosen regions as ids, or a refusal beside the field with an unknown one. */
async function regionIdsOf(slugs: string[]): Promise<string[] | Exclude<Result, { ok: true }>> {
  const regions = await db.region.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  if (regions.length !== slugs.length) return fieldRefusal(400, 'regions', 'regionUnknown');
  return regions.map((region) => region.id);
}

/** A slug no other campaign has: the title's, or the title's with -2, -3… */
async function freeSlug(tx: Prisma.TransactionClient, title: string, campaignId?: string): Promise<string> {
  const base = slugFromTitle(title, 'campaign');
  const rows = await tx.campaign.findMany({
    where: { slug: { startsWith: base }, ...(campaignId ? { NOT: { id: campaignId } } : {}) },
    select: { slug: true },
  });
  return firstFreeSlug(
    base,
    rows.map((row) => row.slug),
  );
}

/** A campaign's own columns as the form writes them. */
function columnsOf({ title, goal, callToAction, targets, body, startsAt, endsAt, signatureGoal }: CampaignValues) {
  return { title, goal, callToAction, targets, body, startsAt, endsAt, signatureGoal };
}

/** A campaign as the audit log compares it: dates as days, regions as a sorted list. */
function auditSnapshot(columns: ReturnType<typeof columnsOf>, regionIds: string[]): Record<string, unknown> {
  return {
    ...columns,
    startsAt: columns.startsAt.toISOString().slice(0, 10),
    endsAt: columns.endsAt?.toISOString().slice(0, 10) ?? null,
    regionIds: [...regionIds].sort(),
  };
}

/** Starts a campaign as a draft in the chosen regions; it goes public when launched. */
export async function createCampaignDraft(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ id: string; slug: string }>> {
  if (!viewer || !can(viewer, 'campaign:manage', {})) return denied(viewer);
  const parsed = campaignSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const regionIds = await regionIdsOf(parsed.data.regions);
  if (!Array.isArray(regionIds)) return regionIds;
  if (!can(viewer, 'campaign:create', { regionIds })) return fieldRefusal(403, 'regions', 'regionsNotYours');
  const columns = columnsOf(parsed.data);
  const created = await retryOnSlugRace(() =>
    db.$transaction(async (tx) => {
      const slug = await freeSlug(tx, columns.title);
      const campaign = await tx.campaign.create({
        data: {
          ...columns,
          slug,
          status: 'DRAFT',
          createdById: viewer.id,
          regions: { connect: regionIds.map((id) => ({ id })) },
        },
        select: { id: true, slug: true },
      });
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'campaign.create',
        subjectType: 'Campaign',
        subjectId: campaign.id,
        after: { ...auditSnapshot(columns, regionIds), slug, status: 'DRAFT' },
        ip: meta.ip,
      });
      return campaign;
    }),
  );
  return { ok: true, message: 'created', data: created };
}

/** Saves a campaign's content and regions; a draft's address follows its title. */
export async function updateCampaign(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; status: CampaignStatus }>> {
  const parsed = campaignEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { campaignId, ...values } = parsed.data;
  const found = await editableCampaign(viewer, campaignId);
  if (!found.ok) return found;
  const regionIds = await regionIdsOf(values.regions);
  if (!Array.isArray(regionIds)) return regionIds;
  // Moving a campaign into regions one does not hold would hand it to others: refused.
  if (!can(viewer, 'campaign:edit', { status: found.campaign.status, regionIds })) {
    return fieldRefusal(403, 'regions', 'regionsNotYours');
  }
  const columns = columnsOf({ ...values, regions: [] });
  const outcome = await retryOnSlugRace(() =>
    db.$transaction(async (tx) => {
      // Locked, so two saves at once are compared with what the other wrote.
      await tx.$queryRaw`SELECT id FROM "Campaign" WHERE id = ${campaignId} FOR UPDATE`;
      const before = await tx.campaign.findUniqueOrThrow({
        where: { id: campaignId },
        select: {
          title: true,
          goal: true,
          callToAction: true,
          targets: true,
          body: true,
          startsAt: true,
          endsAt: true,
          signatureGoal: true,
          slug: true,
          status: true,
          regions: { select: { id: true } },
        },
      });
      const { slug: oldSlug, status, regions, ...oldColumns } = before;
      const slug =
        status === 'DRAFT' && oldColumns.title !== columns.title
          ? await freeSlug(tx, columns.title, campaignId)
          : oldSlug;
      const changes = changedFields(
        {
          ...auditSnapshot(
            oldColumns,
            regions.map((region) => region.id),
          ),
          slug: oldSlug,
        },
        { ...auditSnapshot(columns, regionIds), slug },
      );
      if (Object.keys(changes.after).length === 0) return { message: 'noChanges', slug, status };
      await tx.campaign.update({
        where: { id: campaignId },
        data: { ...columns, slug, regions: { set: regionIds.map((id) => ({ id })) } },
      });
      await recordAuditEvent(tx, {
        actorId: viewer!.id,
        action: 'campaign.update',
        subjectType: 'Campaign',
        subjectId: campaignId,
        ...changes,
        ip: meta.ip,
      });
      return { message: 'saved', slug, status };
    }),
  );
  return { ok: true, message: outcome.message, data: { slug: outcome.slug, status: outcome.status } };
}

/**
 * One step of a campaign's life (schemas.ts `campaignSteps`): launching makes it public and open
 * for signing, closing refuses new signatures (and starts the clock of the purge of signers'
 * personal data), reopening opens it again, archiving takes it off the public lists for good.
 */
export async function changeCampaignStatus(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ slug: string; status: CampaignStatus }>> {
  const parsed = campaignStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const found = await editableCampaign(viewer, parsed.data.campaignId);
  if (!found.ok) return found;
  const step = campaignSteps[parsed.data.step];
  const from: readonly CampaignStatus[] = step.from;
  if (!from.includes(found.campaign.status)) return refused(409, 'notInThisState');
  // Opened for signing after its end date, the closer would close it again within a minute.
  if (step.to === 'ACTIVE' && signingHasEnded(found.campaign, now)) return refused(409, 'endDatePassed');
  const { id, slug, status } = found.campaign;
  const closedAt = step.to === 'CLOSED' ? now : step.to === 'ACTIVE' ? null : undefined;
  const changed = await db.$transaction(async (tx) => {
    // Only from the state it was read in: of two steps at once, one happens.
    const result = await tx.campaign.updateMany({
      where: { id, status },
      data: { status: step.to, ...(closedAt !== undefined ? { closedAt } : {}) },
    });
    if (result.count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: viewer!.id,
      action: `campaign.${parsed.data.step}`,
      subjectType: 'Campaign',
      subjectId: id,
      before: { status },
      after: { status: step.to },
      ip: meta.ip,
    });
    return true;
  });
  if (!changed) return refused(409, 'notInThisState');
  return { ok: true, message: parsed.data.step, data: { slug, status: step.to } };
}

/** Posts a dated update on a campaign (shown newest first on its page). */
export async function postCampaignUpdate(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ slug: string; status: CampaignStatus }>> {
  const parsed = campaignUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const found = await editableCampaign(viewer, parsed.data.campaignId);
  if (!found.ok) return found;
  const { campaignId, title, body } = parsed.data;
  await db.$transaction(async (tx) => {
    const update = await tx.campaignUpdate.create({
      data: { campaignId, title, body, publishedAt: now, authorId: viewer!.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewer!.id,
      action: 'campaign.updatePosted',
      subjectType: 'Campaign',
      subjectId: campaignId,
      after: { updateId: update.id, title },
      ip: meta.ip,
    });
  });
  return { ok: true, message: 'updatePosted', data: { slug: found.campaign.slug, status: found.campaign.status } };
}

/** Removes one update of a campaign. */
export async function removeCampaignUpdate(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; status: CampaignStatus }>> {
  const parsed = campaignUpdateRemovalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const found = await editableCampaign(viewer, parsed.data.campaignId);
  if (!found.ok) return found;
  const { campaignId, updateId } = parsed.data;
  const removed = await db.$transaction(async (tx) => {
    const update = await tx.campaignUpdate.findFirst({ where: { id: updateId, campaignId }, select: { title: true } });
    if (!update) return false;
    const result = await tx.campaignUpdate.deleteMany({ where: { id: updateId, campaignId } });
    if (result.count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: viewer!.id,
      action: 'campaign.updateRemoved',
      subjectType: 'Campaign',
      subjectId: campaignId,
      before: { updateId, title: update.title },
      ip: meta.ip,
    });
    return true;
  });
  if (!removed) return missing();
  return { ok: true, message: 'updateRemoved', data: { slug: found.campaign.slug, status: found.campaign.status } };
}

/**
 * Releases (they count from now on, once confirmed) or discards the signatures held over a rate
 * limit: one (`signatureId`) or all of the campaign's. Audited with how many, never with whose.
 */
export async function decideHeldSignatures(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; status: CampaignStatus; count: number }>> {
  const parsed = heldSignaturesSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const found = await editableCampaign(viewer, parsed.data.campaignId);
  if (!found.ok) return found;
  const { campaignId, signatureId, decision } = parsed.data;
  const where = {
    campaignId,
    kind: 'PERSON',
    heldAt: { not: null },
    ...(signatureId ? { id: signatureId } : {}),
  } as const;
  const count = await db.$transaction(async (tx) => {
    const result =
      decision === 'release'
        ? await tx.signature.updateMany({ where, data: { heldAt: null } })
        : await tx.signature.deleteMany({ where });
    if (result.count > 0) {
      await recordAuditEvent(tx, {
        actorId: viewer!.id,
        action: decision === 'release' ? 'campaign.heldReleased' : 'campaign.heldDiscarded',
        subjectType: 'Campaign',
        subjectId: campaignId,
        after: { count: result.count },
        ip: meta.ip,
      });
    }
    return result.count;
  });
  if (count === 0) return missing();
  const { slug, status } = found.campaign;
  return {
    ok: true,
    message: decision === 'release' ? 'heldReleased' : 'heldDiscarded',
    params: { count },
    data: { slug, status, count },
  };
}
