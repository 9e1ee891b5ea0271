// Sign-in tickets: short-lived proofs, signed with AUTH_SECRET, that server code has already checked
// who someone is. The one Credentials provider of Auth.js accepts nothing else, so its public
// endpoint cannot be used to guess passwords.
//
// A ticket has a stage. A `complete` ticket starts a session: every factor the member needs was
// checked. A `first-factor` ticket says only that the password (or a mail link) was right; it waits
// in a cookie while the member gives their second factor (lib/auth/sign-in-steps.ts), and Auth.js
// refuses it (lib/auth/sign-in.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { requireAuthSecret } from '../env';

export type TicketStage = 'complete' | 'first-factor';

/** A complete ticket is used at once; a first-factor one lasts while the member finds their phone. */
const ticketLifetimeMs: Record<TicketStage, number> = { complete: 60_000, 'first-factor': 10 * 60_000 };

function signature(payload: string): string {
  return createHmac('sha256', requireAuthSecret()).update(`sign-in-ticket:${payload}`).digest('base64url');
}

export function createSignInTicket(
  member: { id: string; sessionVersion: number },
  stage: TicketStage,
  now = Date.now(),
): string {
  const payload = `${member.id}.${member.sessionVersion}.${now + ticketLifetimeMs[stage]}.${stage}`;
  return `${payload}.${signature(payload)}`;
}

export interface SignInTicket {
  memberId: string;
  sessionVersion: number;
  stage: TicketStage;
}

/** What a valid, unexpired ticket vouches for; null otherwise. */
export function readSignInTicket(ticket: unknown, now = Date.now()): SignInTicket | null {
  if (typeof ticket !== 'string' || ticket.length > 512) return null;
  const parts = ticket.split('.');
  if (parts.length !== 5) return null;
  const [memberId, version, expires, stage, given] = parts as [string, string, string, string, string];
  const expected = signature(`${memberId}.${version}.${expires}.${stage}`);
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  if (!(Number(expires) > now)) return null;
  if (stage !== 'complete' && stage !== 'first-factor') return null;
  return { memberId, sessionVersion: Number(version), stage };
}
