// What comes after the first factor (a password, a sign-in link, a new password by link). A member
// without a second factor is signed in at once. One with a second factor, or staff who must have one
// and have none yet, gets a `first-factor` ticket instead, held in an HttpOnly cookie for ten
// minutes, and is sent to /sign-in/second-factor: there the code (or setting up the app) turns it
// into a session (lib/second-factor/mutations.ts). Nothing else accepts a first-factor ticket.
import 'server-only';
import { cookies } from 'next/headers';
import { db } from '../db';
import { env } from '../env';
import type { Prisma } from '../generated/prisma/client';
import { isSecondFactorRequired } from '../second-factor/requirement';
import { hrefWith } from '../site/search-params';
import { createSignInTicket, readSignInTicket, type SignInTicket } from './tickets';

/** What a first factor reads about the member to know what comes next. */
export const firstFactorSelect = {
  id: true,
  email: true,
  role: true,
  status: true,
  sessionVersion: true,
  totpEnabledAt: true,
} as const satisfies Prisma.MemberSelect;

export type FirstFactorMember = Prisma.MemberGetPayload<{ select: typeof firstFactorSelect }>;

/** `code`: give the app's code; `setup`: set up the app first (staff without one). */
export type SecondStep = 'code' | 'setup';

export function secondStepOf(member: Pick<FirstFactorMember, 'email' | 'role' | 'totpEnabledAt'>): SecondStep | null {
  if (member.totpEnabledAt) return 'code';
  return isSecondFactorRequired(member) ? 'setup' : null;
}

/** The ticket a checked first factor earns: complete (sign in now) unless a second step is due. */
export function ticketAfterFirstFactor(member: FirstFactorMember): string {
  return createSignInTicket(member, secondStepOf(member) ? 'first-factor' : 'complete');
}

const secure = env.SITE_URL.startsWith('https://');
/** `__Host-` over https: only this host, only over https, for the whole site. */
const heldCookie = secure ? '__Host-portal-sign-in-step' : 'portal-sign-in-step';

export const secondStepPath = (callbackUrl: string) => hrefWith('/sign-in/second-factor', { callbackUrl });

/**
 * After a first factor: a complete ticket to sign in with now, or the path of the second step (the
 * first-factor ticket is then held in the cookie). For route handlers and server actions only.
 */
export async function continueSignIn(
  ticket: string,
  callbackUrl: string,
): Promise<{ signInWith: string } | { secondStep: string }> {
  if (readSignInTicket(ticket)?.stage === 'complete') return { signInWith: ticket };
  (await cookies()).set(heldCookie, ticket, {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: 10 * 60,
  });
  return { secondStep: secondStepPath(callbackUrl) };
}

/** The first factor held for this browser, if it is still valid. */
export async function readHeldFirstFactor(): Promise<SignInTicket | null> {
  const ticket = readSignInTicket((await cookies()).get(heldCookie)?.value);
  return ticket?.stage === 'first-factor' ? ticket : null;
}

/**
 * The member a held first factor is for, if it still stands (active, same session version), and
 * the step they are at: the one reading of it for the page and for the step's actions.
 */
export async function findHeldMember(held: SignInTicket) {
  const member = await db.member.findUnique({ where: { id: held.memberId }, select: firstFactorSelect });
  if (!member || member.status !== 'ACTIVE' || member.sessionVersion !== held.sessionVersion) return null;
  return { member, step: secondStepOf(member) };
}

export async function dropHeldFirstFactor(): Promise<void> {
  (await cookies()).delete(heldCookie);
}
