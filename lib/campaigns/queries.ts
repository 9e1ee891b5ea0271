// Reads for the campaign pages. Which campaigns a viewer sees is decided by campaignReadScope
// (lib/auth/policy.ts). A campaign's count is its email-confirmed signatures plus endorsements.
import 'server-only';
import { cache } from 'react';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { visibleCampaigns } from '@/lib/auth/policy';
import { countedSignatures } from './status';
import { byCampaignStatus } from './status';

export interface CampaignListItem {
  slug: string;
  title: string;
  goal: string;
  status: CampaignStatus;
  startsAt: Date;
  endsAt: Date | null;
  signatureGoal: number;
  signatureCount: number;
  regions: { slug: string; name: string }[];
}

const listItemSelect = {
  id: true,
  slug: true,
  title: true,
  goal: true,
  status: true,
  startsAt: true,
  endsAt: true,
  signatureGoal: true,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
} satisfies Prisma.CampaignSelect;

/**
 * How many signatures count toward each of these campaigns (ones the viewer may see), by campaign id.
 * It reads only their signatures (WHERE "campaignId" IN …, "Signature_campaignId_createdAt_idx"); a
 * `_count` in a select makes Prisma group the whole Signature table first, then join it to the campaigns.
 */
export async function countSignatures(campaignIds: string[]): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const groups = await db.signature.groupBy({
    by: ['campaignId'],
    where: { AND: [{ campaignId: { in: campaignIds } }, countedSignatures] },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.campaignId, group._count._all]));
}

export interface CampaignListOptions {
  /** Only campaigns of this status (still within what the viewer may see). */
  status?: CampaignStatus;
  limit?: number;
}

/** Campaigns the viewer may see: running ones first, then closed ones, newest first within each. */
export async function listCampaigns(
  viewer: MaybeViewer,
  options: CampaignListOptions = {},
): Promise<CampaignListItem[]> {
  const scope = visibleCampaigns(viewer);
  const rows = await db.campaign.findMany({
    where: options.status ? { AND: [scope, { status: options.status }] } : scope,
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    select: listItemSelect,
  });
  const counts = await countSignatures(rows.map((row) => row.id));
  const items = rows.map(({ id, ...row }) => ({ ...row, signatureCount: counts.get(id) ?? 0 })).sort(byCampaignStatus);
  return options.limit === undefined ? items : items.slice(0, options.limit);
}

/** Running campaigns, newest first, for the home page. */
export function listActiveCampaigns(viewer: MaybeViewer, limit?: number): Promise<CampaignListItem[]> {
  return listCampaigns(viewer, { status: 'ACTIVE', limit });
}

export interface PublicSignature {
  id: string;
  name: string;
  country: string | null;
  comment: string | null;
  createdAt: Date;
}

export interface Endorsement {
  id: string;
  organization: { name: string; slug: string | null };
  createdAt: Date;
}

export interface CampaignDetail extends CampaignListItem {
  callToAction: string;
  body: string;
  targets: string[];
  updates: { id: string; title: string; body: string; publishedAt: Date }[];
  latestSignatures: PublicSignature[];
  endorsements: Endorsement[];
}

export const campaignSignatureLimit = 20;
export const campaignEndorsementLimit = 200;

/** One campaign with its updates, latest public signatures and endorsements; 404 if unknown or not visible. */
export const getCampaign = cache(async (viewer: MaybeViewer, slug: string): Promise<Result<CampaignDetail>> => {
  const row = await db.campaign.findUnique({
    where: { slug },
    select: {
      ...listItemSelect,
      callToAction: true,
      body: true,
      targets: true,
      updates: {
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        select: { id: true, title: true, body: true, publishedAt: true },
      },
    },
  });
  if (!row || !can(viewer, 'campaign:read', row)) return missing();

  const campaignId = { campaign: { slug } };
  const [counts, signatures, endorsements] = await Promise.all([
    countSignatures([row.id]),
    db.signature.findMany({
      where: {
        ...campaignId,
        kind: 'PERSON',
        isPublic: true,
        emailConfirmedAt: { not: null },
        withdrawnAt: null,
        heldAt: null,
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: campaignSignatureLimit,
      select: { id: true, name: true, comment: true, createdAt: true, country: { select: { name: true } } },
    }),
    db.signature.findMany({
      where: { ...campaignId, kind: 'ORGANIZATION', isPublic: true, organizationId: { not: null } },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: campaignEndorsementLimit,
      select: { id: true, createdAt: true, organization: { select: { name: true, slug: true, status: true } } },
    }),
  ]);

  const { id, ...campaign } = row;
  const data = {
    ...campaign,
    signatureCount: counts.get(id) ?? 0,
    latestSignatures: signatures.map(({ country, ...signature }) => ({ ...signature, country: country?.name ?? null })),
    endorsements: endorsements.flatMap(({ organization, ...endorsement }) =>
      organization
        ? [
            {
              ...endorsement,
              organization: {
                name: organization.name,
                slug: can(viewer, 'organization:read', organization) ? organization.slug : null,
              },
            },
          ]
        : [],
    ),
  };
  return { ok: true, data };
});
