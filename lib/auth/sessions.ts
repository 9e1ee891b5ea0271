// Signed-in sessions, one row per browser (MemberSession). The session cookie (an Auth.js JWT) names
// its row; a cookie counts only while the row is there, belongs to an active member and carries the
// member's current sessionVersion. So signing out (which deletes the row) ends that session on the
// server: a copy of the cookie taken before stops working at once, and /api/auth/session neither
// reports nor refreshes it. docs/decisions/005-sessions-and-sign-in.md.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { cache } from 'react';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { MemberStatus, Role } from '../generated/prisma/enums';
import { isSecondFactorRequired } from '../second-factor/requirement';

/** As long as the cookie: a session unused this long is gone. */
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
/** How stale "last seen" may get before a request writes it again (one write per session per 5 minutes). */
const lastSeenEveryMs = 5 * 60 * 1000;

export const sessionMemberSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  sessionVersion: true,
  organizationId: true,
  organizationAdmin: true,
  totpEnabledAt: true,
  coordinatorRegions: { select: { id: true } },
} as const satisfies Prisma.MemberSelect;

/**
 * Whether a session of this member still stands, by the member as the database says now: active,
 * of the row's version, and with the second factor their role needs. A member made coordinator or
 * admin while signed in is signed out at once, and sets the second factor up as they sign in again.
 */
export function sessionMemberMayContinue(
  member: { email: string; role: Role; status: MemberStatus; sessionVersion: number; totpEnabledAt: Date | null },
  sessionVersion: number,
): boolean {
  if (member.status !== 'ACTIVE' || member.sessionVersion !== sessionVersion) return false;
  return member.totpEnabledAt !== null || !isSecondFactorRequired(member);
}

export interface SessionFacts {
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session for a member whose sign-in was just checked; returns the row's id for the cookie. */
export async function startMemberSession(
  member: { id: string; sessionVersion: number },
  facts: SessionFacts,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await db.$transaction([
    // Sessions that can no longer be used go when a new one starts, so the table stays small:
    // anyone's expired ones (by the expiresAt index), and this member's of an older version.
    db.memberSession.deleteMany({
      where: {
        OR: [{ expiresAt: { lte: now } }, { memberId: member.id, sessionVersion: { not: member.sessionVersion } }],
      },
    }),
    db.memberSession.create({
      data: {
        id,
        memberId: member.id,
        sessionVersion: member.sessionVersion,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + sessionLifetimeMs),
        userAgent: facts.userAgent?.slice(0, 512) || null,
        ip: facts.ip,
      },
    }),
  ]);
  return id;
}

/**
 * The member of a live session: the row exists, has not expired, belongs to `memberId`, and the
 * member is active with the row's sessionVersion. Read once per request however often it is asked.
 */
export const findLiveSession = cache(async (sessionId: string, memberId: string, now = new Date()) => {
  if (!sessionId || sessionId.length > 64) return null;
  const row = await db.memberSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      memberId: true,
      sessionVersion: true,
      lastSeenAt: true,
      expiresAt: true,
      member: { select: sessionMemberSelect },
    },
  });
  if (!row || row.memberId !== memberId || row.expiresAt <= now) return null;
  const { member } = row;
  if (!sessionMemberMayContinue(member, row.sessionVersion)) return null;
  return { sessionId: row.id, lastSeenAt: row.lastSeenAt, member };
});

export type LiveSession = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

/**
 * Notes that the session was used (and from where), at most every few minutes, and keeps it alive
 * for another lifetime from now. A failure to write is not a reason to refuse the request.
 */
export async function noteSessionUse(session: LiveSession, ip: string | null, now = new Date()): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < lastSeenEveryMs) return;
  try {
    await db.memberSession.updateMany({
      where: { id: session.sessionId },
      data: { lastSeenAt: now, ip, expiresAt: new Date(now.getTime() + sessionLifetimeMs) },
    });
  } catch (error) {
    console.error('Could not note the use of a session', error);
  }
}

/** Ends one session (sign-out). Nothing happens for an id that is gone already. */
export async function endMemberSession(sessionId: string): Promise<void> {
  await db.memberSession.deleteMany({ where: { id: sessionId } });
}
