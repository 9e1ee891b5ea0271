// Reads for the campaign pages. Which campaigns a viewer sees is decided by campaignReadScope
// (lib/auth/policy.ts). A campaign's count is its email-confirmed signatures plus endorsements.
import 'server-only';
import { cache } from 'react';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
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
  slug: true,
  title: true,
  goal: true,
  status: true,
  startsAt: true,
  endsAt: true,
  signatureGoal: true,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
  _count: { select: { signatures: { where: countedSignatures } } },
} satisfies Prisma.CampaignSelect;

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
  const items = rows
    .map(({ _count, ...row }) => ({ ...row, signatureCount: _count.signatures }))
    .sort(byCampaignStatus);
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

/** One campaign with its updates, latest public signatures and endorsements; null if unknown or not visible. */
export const getCampaignBySlug = cache(async (viewer: MaybeViewer, slug: string): Promise<CampaignDetail | null> => {
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
  if (!row || !can(viewer, 'campaign:read', row)) return null;

  const campaignId = { campaign: { slug } };
  const [signatures, endorsements] = await Promise.all([
    db.signature.findMany({
      where: { ...campaignId, kind: 'PERSON', isPublic: true, emailConfirmedAt: { not: null } },
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

  const { _count, ...campaign } = row;
  return {
    ...campaign,
    signatureCount: _count.signatures,
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
});
