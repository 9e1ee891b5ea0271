// One-time links sent by mail: invitations, password resets and sign-in links. The link carries a
// random token; only its SHA-256 is stored, so a copy of the database opens no account.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { MemberTokenPurpose } from '../generated/prisma/enums';

export const tokenLifetimeMs: Record<MemberTokenPurpose, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
  SIGN_IN_LINK: 15 * 60 * 1000,
  EMAIL_CHANGE: 24 * 60 * 60 * 1000,
  TEAM_INVITATION: 7 * 24 * 60 * 60 * 1000,
};

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Whether a new token cancels the earlier unused ones of its purpose. A new invitation does (staff
 * invited again: the old mail should stop working). A link the member asked for does not: anyone
 * can ask for one in their name, and a flood of requests must not take away the link they hold.
 * Those links end when they expire, are used, or the password changes (cancelMemberLinks).
 */
const cancelsEarlier: Record<MemberTokenPurpose, boolean> = {
  INVITATION: true,
  PASSWORD_RESET: false,
  SIGN_IN_LINK: false,
  // Asking for another new address replaces the change asked for before.
  EMAIL_CHANGE: true,
  // Two teams may ask the same person; each link joins its own (the first followed wins).
  TEAM_INVITATION: false,
};

/** Creates a token and returns it for the link. */
export async function issueMemberToken(
  tx: Prisma.TransactionClient,
  memberId: string,
  purpose: MemberTokenPurpose,
  now = new Date(),
  /** EMAIL_CHANGE: the address the link confirms; TEAM_INVITATION: the team it joins. */
  carries: { newEmail?: string; organizationId?: string; organizationAdmin?: boolean } = {},
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  if (cancelsEarlier[purpose]) {
    await tx.memberToken.updateMany({ where: { memberId, purpose, usedAt: null }, data: { usedAt: now } });
  }
  await tx.memberToken.create({
    data: {
      memberId,
      purpose,
      tokenHash: hashOf(token),
      newEmail: carries.newEmail ?? null,
      organizationId: carries.organizationId ?? null,
      organizationAdmin: carries.organizationAdmin ?? false,
      expiresAt: new Date(now.getTime() + tokenLifetimeMs[purpose]),
    },
  });
  return token;
}

/**
 * Ends every unused sign-in link, reset link and pending email change of a member: their password
 * has just changed (whoever asked for those with the old one no longer counts).
 */
export async function cancelMemberLinks(
  tx: Prisma.TransactionClient,
  memberId: string,
  now = new Date(),
): Promise<void> {
  await tx.memberToken.updateMany({
    where: { memberId, purpose: { in: ['SIGN_IN_LINK', 'PASSWORD_RESET', 'EMAIL_CHANGE'] }, usedAt: null },
    data: { usedAt: now },
  });
}

/** The member a valid token belongs to, without using it up (to show the page it opens). */
export async function findValidMemberToken(purpose: MemberTokenPurpose, token: string, now = new Date()) {
  if (!token || token.length > 200) return null;
  return db.memberToken.findFirst({
    where: { tokenHash: hashOf(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: {
      id: true,
      newEmail: true,
      organization: { select: { name: true } },
      member: { select: { id: true, email: true, name: true, status: true } },
    },
  });
}

/** Uses a token up; returns its member's id, or null if it was unknown, used or expired. */
export async function consumeMemberToken(
  tx: Prisma.TransactionClient,
  purpose: MemberTokenPurpose,
  token: string,
  now = new Date(),
): Promise<string | null> {
  return (await consumeMemberTokenWithDetails(tx, purpose, token, now))?.memberId ?? null;
}

/** consumeMemberToken, with what the token carries (an email change's new address, a team invitation's team). */
export async function consumeMemberTokenWithDetails(
  tx: Prisma.TransactionClient,
  purpose: MemberTokenPurpose,
  token: string,
  now = new Date(),
): Promise<{
  memberId: string;
  newEmail: string | null;
  organizationId: string | null;
  organizationAdmin: boolean;
} | null> {
  if (!token || token.length > 200) return null;
  const found = await tx.memberToken.findFirst({
    where: { tokenHash: hashOf(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { id: true, memberId: true, newEmail: true, organizationId: true, organizationAdmin: true },
  });
  if (!found) return null;
  // Only one of two simultaneous uses wins.
  const used = await tx.memberToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  if (used.count !== 1) return null;
  const { memberId, newEmail, organizationId, organizationAdmin } = found;
  return { memberId, newEmail, organizationId, organizationAdmin };
}
