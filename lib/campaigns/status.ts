// How campaigns are ordered and measured, shared by every list that shows them.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';

/** Running campaigns first, then closed ones, then (for staff) drafts and archived ones. */
export const campaignStatusRank: Record<CampaignStatus, number> = { ACTIVE: 0, CLOSED: 1, DRAFT: 2, ARCHIVED: 3 };

export function byCampaignStatus<T extends { status: CampaignStatus }>(a: T, b: T): number {
  return campaignStatusRank[a.status] - campaignStatusRank[b.status];
}

/**
 * People's signatures that count toward a campaign's total: confirmed by the mailed link, neither
 * withdrawn nor held over a limit. Organisations' endorsements are counted apart (`countedEndorsements`).
 */
export const countedSignatures = {
  kind: 'PERSON',
  emailConfirmedAt: { not: null },
  withdrawnAt: null,
  heldAt: null,
} satisfies Prisma.SignatureWhereInput;

/** Endorsements that count and show: of organisations the directory shows to everyone. */
export const countedEndorsements = {
  kind: 'ORGANIZATION',
  organization: { status: 'ACTIVE' },
} satisfies Prisma.SignatureWhereInput;

/**
 * Below this share of its goal a campaign shows its count and goal in words only: a bar that is
 * almost empty makes a running campaign look failed (UK Parliament petitions show counts, too).
 */
export const progressBarThreshold = 0.05;

/** A campaign's progress toward its signature goal: the share reached (0 to 1) and whether to draw a bar. */
export function signatureProgress(count: number, goal: number): { share: number; showBar: boolean } {
  if (goal <= 0) return { share: 0, showBar: false };
  const share = Math.min(Math.max(count, 0) / goal, 1);
  return { share, showBar: share >= progressBarThreshold };
}
