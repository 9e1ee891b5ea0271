// Checking a password at sign-in, with the brute-force limits. Unknown email and wrong password get
// the same answer, in about the same time.
import 'server-only';
import { db } from '../db';
import { hashPassword, verifyPassword } from './password';
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from './rate-limit';
import { firstFactorSelect, ticketAfterFirstFactor } from './sign-in-steps';
import type { SignInTicket } from './tickets';

export type PasswordSignInResult =
  | { ok: true; ticket: string }
  | { ok: false; reason: 'invalid' | 'suspended' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

// Verified against when the email is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | null = null;

export async function checkPasswordSignIn(email: string, password: string, ip: string): Promise<PasswordSignInResult> {
  const blockedFor = await signInBlockedFor(email, ip);
  if (blockedFor > 0) return { ok: false, reason: 'rate-limited', retryAfterSeconds: blockedFor };

  const member = await db.member.findUnique({
    where: { email },
    select: { ...firstFactorSelect, passwordHash: true },
  });
  decoyHash ??= hashPassword('decoy password that matches nothing');
  const valid = await verifyPassword(member?.passwordHash ?? (await decoyHash), password);
  if (!member || !member.passwordHash || !valid) {
    await recordFailedSignIn(email, ip);
    return { ok: false, reason: 'invalid' };
  }
  await clearFailedSignIns(email, ip);
  // Only someone who knows the password learns that the account is suspended.
  if (member.status === 'SUSPENDED') return { ok: false, reason: 'suspended' };
  if (member.status !== 'ACTIVE') return { ok: false, reason: 'invalid' };
  return { ok: true, ticket: ticketAfterFirstFactor(member) };
}

/**
 * The member a complete sign-in ticket vouches for, if they may still sign in; records the sign-in.
 * A first-factor ticket never starts a session: it waits for the second step.
 */
export async function redeemSignInTicket({ memberId, sessionVersion, stage }: SignInTicket) {
  if (stage !== 'complete') return null;
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { id: true, email: true, name: true, status: true, sessionVersion: true },
  });
  if (!member || member.status !== 'ACTIVE' || member.sessionVersion !== sessionVersion) return null;
  await db.member.update({ where: { id: member.id }, data: { lastSignInAt: new Date() } });
  return { id: member.id, email: member.email, name: member.name, sessionVersion: member.sessionVersion };
}
