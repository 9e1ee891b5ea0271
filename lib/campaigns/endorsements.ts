// Organisations endorse campaigns: a member endorses in their own organisation's name
// ('campaign:endorse'), choosing a tier (endorse, or co-sponsor); one endorsement per organisation
// and campaign (a unique index), so endorsing again changes the tier. Any member of the
// organisation may withdraw it. Coordinators of the campaign's regions mark one co-sponsor or more
// as lead. Endorsements are counted apart from people's signatures, and only for an organisation
// the directory shows (an active member of the coalition). Every change is audited.
import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { isUniqueViolation } from '@/lib/database/errors';
import { db } from '@/lib/db';
import { denied, invalid, missing, refused, type Result } from '@/lib/forms/result';
import type { EndorsementTier } from '@/lib/generated/prisma/enums';
import { takesSignatures } from './closing';
import { endorseSchema, endorsementLeadSchema, endorsementWithdrawalSchema } from './schemas';

interface EndorsementChange {
  slug: string;
}

/** The viewer's organisation, if it may speak for the coalition's members (an active one). */
async function viewersOrganization(viewer: MaybeViewer) {
  if (!viewer?.organizationId) return null;
  return db.organization.findFirst({
    where: { id: viewer.organizationId, status: 'ACTIVE' },
    select: { id: true, name: true },
  });
}

/**
 * Endorses a running campaign in the viewer's organisation's name, or changes its tier. 403 for a
 * viewer without an (active) organisation, 409 for a campaign that is not running.
 */
export async function endorseCampaign(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<EndorsementChange & { tier: EndorsementTier }>> {
  if (!viewer) return denied(viewer);
  const parsed = endorseSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const organization = await viewersOrganization(viewer);
  if (!organization || !can(viewer, 'campaign:endorse', { organizationId: organization.id })) {
    return refused(403, 'noOrganization');
  }
  const campaign = await db.campaign.findUnique({
    where: { slug: parsed.data.slug },
    select: { id: true, slug: true, status: true, endsAt: true },
  });
  if (!campaign || !can(viewer, 'campaign:read', campaign)) return missing();
  if (!takesSignatures(campaign)) return refused(409, 'campaignClosed');
  const { tier } = parsed.data;
  const write = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.signature.findUnique({
        where: { campaignId_organizationId: { campaignId: campaign.id, organizationId: organization.id } },
        select: { id: true, tier: true },
      });
      if (existing?.tier === tier) return 'unchanged' as const;
      const row = existing
        ? await tx.signature.update({
            where: { id: existing.id },
            // A lead is a co-sponsor: stepping down to a plain endorsement ends the lead.
            data: { tier, endorsedById: viewer.id, ...(tier === 'ENDORSE' ? { isLead: false } : {}) },
            select: { id: true },
          })
        : await tx.signature.create({
            data: {
              campaignId: campaign.id,
              kind: 'ORGANIZATION',
              organizationId: organization.id,
              name: organization.name,
              tier,
              endorsedById: viewer.id,
              isPublic: true,
            },
            select: { id: true },
          });
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: existing ? 'campaign.endorsementChanged' : 'campaign.endorsed',
        subjectType: 'Campaign',
        subjectId: campaign.id,
        before: existing ? { organizationId: organization.id, tier: existing.tier } : null,
        after: { organizationId: organization.id, tier, endorsementId: row.id },
        ip: meta.ip,
      });
      return existing ? ('changed' as const) : ('endorsed' as const);
    });
  let outcome: 'unchanged' | 'changed' | 'endorsed';
  try {
    outcome = await write();
  } catch (error) {
    // Two members of one organisation endorsing at once: the second finds the first's row.
    if (!isUniqueViolation(error)) throw error;
    outcome = await write();
  }
  return {
    ok: true,
    message: outcome === 'endorsed' ? 'endorsed' : 'endorsementChanged',
    data: { slug: campaign.slug, tier },
  };
}

/** Withdraws the viewer's organisation's endorsement of a campaign (any member of it may). */
export async function withdrawEndorsement(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<EndorsementChange>> {
  if (!viewer) return denied(viewer);
  const parsed = endorsementWithdrawalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const organizationId = viewer.organizationId;
  if (!organizationId || !can(viewer, 'campaign:endorse', { organizationId })) return refused(403, 'noOrganization');
  const campaign = await db.campaign.findUnique({
    where: { slug: parsed.data.slug },
    select: { id: true, slug: true, status: true },
  });
  if (!campaign || !can(viewer, 'campaign:read', campaign)) return missing();
  const removed = await db.$transaction(async (tx) => {
    const existing = await tx.signature.findUnique({
      where: { campaignId_organizationId: { campaignId: campaign.id, organizationId } },
      select: { id: true, tier: true, isLead: true },
    });
    if (!existing) return false;
    const result = await tx.signature.deleteMany({ where: { id: existing.id } });
    if (result.count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'campaign.endorsementWithdrawn',
      subjectType: 'Campaign',
      subjectId: campaign.id,
      before: { organizationId, tier: existing.tier, isLead: existing.isLead },
      ip: meta.ip,
    });
    return true;
  });
  if (!removed) return missing('notEndorsed');
  return { ok: true, message: 'endorsementWithdrawn', data: { slug: campaign.slug } };
}

/** Marks a co-sponsor as one of the campaign's leads, or not, for the staff of its regions. */
export async function setEndorsementLead(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<EndorsementChange>> {
  if (!viewer || !can(viewer, 'campaign:manage', {})) return denied(viewer);
  const parsed = endorsementLeadSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { campaignId, endorsementId, lead } = parsed.data;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { slug: true, status: true, regions: { select: { id: true } } },
  });
  if (!campaign) return missing();
  if (
    !can(viewer, 'campaign:edit', { status: campaign.status, regionIds: campaign.regions.map((region) => region.id) })
  ) {
    return denied(viewer);
  }
  const changed = await db.$transaction(async (tx) => {
    // Only a co-sponsor of this campaign can lead it.
    const result = await tx.signature.updateMany({
      where: { id: endorsementId, campaignId, kind: 'ORGANIZATION', tier: 'CO_SPONSOR', isLead: !lead },
      data: { isLead: lead },
    });
    if (result.count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: lead ? 'campaign.leadMarked' : 'campaign.leadUnmarked',
      subjectType: 'Campaign',
      subjectId: campaignId,
      after: { endorsementId },
      ip: meta.ip,
    });
    return true;
  });
  if (!changed) return refused(409, 'notACoSponsor');
  return { ok: true, message: lead ? 'leadMarked' : 'leadUnmarked', data: { slug: campaign.slug } };
}
