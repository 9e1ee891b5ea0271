// Sign-in tickets: short-lived proofs, signed with AUTH_SECRET, that server code has already checked
// who someone is (password, sign-in link, new password). The one Credentials provider of Auth.js
// accepts nothing else, so its public endpoint cannot be used to guess passwords.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { requireAuthSecret } from '../env';

const ticketLifetimeMs = 60_000;

function signature(payload: string): string {
  return createHmac('sha256', requireAuthSecret()).update(`sign-in-ticket:${payload}`).digest('base64url');
}

export function createSignInTicket(member: { id: string; sessionVersion: number }, now = Date.now()): string {
  const payload = `${member.id}.${member.sessionVersion}.${now + ticketLifetimeMs}`;
  return `${payload}.${signature(payload)}`;
}

/** The member id and session version a valid, unexpired ticket vouches for; null otherwise. */
export function readSignInTicket(
  ticket: unknown,
  now = Date.now(),
): { memberId: string; sessionVersion: number } | null {
  if (typeof ticket !== 'string') return null;
  const parts = ticket.split('.');
  if (parts.length !== 4) return null;
  const [memberId, version, expires, given] = parts as [string, string, string, string];
  const expected = signature(`${memberId}.${version}.${expires}`);
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  if (!(Number(expires) > now)) return null;
  return { memberId, sessionVersion: Number(version) };
}
