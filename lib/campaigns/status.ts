// How campaigns are ordered and measured, shared by every list that shows them.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';

/** Running campaigns first, then closed ones, then (for staff) drafts. */
export const campaignStatusRank: Record<CampaignStatus, number> = { ACTIVE: 0, CLOSED: 1, DRAFT: 2 };

export function byCampaignStatus<T extends { status: CampaignStatus }>(a: T, b: T): number {
  return campaignStatusRank[a.status] - campaignStatusRank[b.status];
}

/** Signatures that count toward a campaign's total: email-confirmed people and organisations. */
export const countedSignatures = {
  OR: [{ kind: 'PERSON', emailConfirmedAt: { not: null } }, { kind: 'ORGANIZATION' }],
} satisfies Prisma.SignatureWhereInput;
