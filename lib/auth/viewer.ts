// Who is asking: read from the session cookie and checked against the database on every request, so
// a sign-out, an ended session, a suspension, a lowered role or a reset password takes effect on the
// very next request. One read of the session and its member per request serves the policy's viewer,
// what the header shows and the check Auth.js makes (lib/auth/sessions.ts).
import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { auth } from './config';
import type { MaybeViewer } from './policy';
import { clientAddress } from './request';
import { findLiveSession, noteSessionUse, sessionMemberMayContinue, sessionMemberSelect } from './sessions';

/**
 * The member a session of this version stands for, as the database says now: none if the member is
 * gone, no longer active, or their sessions were ended (sessionVersion raised) since it began.
 */
async function findSessionMember(memberId: string, sessionVersion: number) {
  const member = await db.member.findUnique({ where: { id: memberId }, select: sessionMemberSelect });
  return member && sessionMemberMayContinue(member, sessionVersion) ? member : null;
}

type SessionMember = NonNullable<Awaited<ReturnType<typeof findSessionMember>>>;

function toViewer(member: SessionMember): NonNullable<MaybeViewer> {
  return {
    id: member.id,
    role: member.role,
    organizationId: member.organizationId,
    // Read from the database on every request, like the role: a grant or a removal counts at once.
    organizationAdmin: member.organizationId !== null && member.organizationAdmin,
    coordinatorRegionIds: member.coordinatorRegions.map((region) => region.id),
  };
}

/** The live session of this request and its member, read once however many pieces of the page ask. */
const getLiveSession = cache(async () => {
  const session = await auth();
  if (!session?.memberId || !session.sessionId) return null;
  const live = await findLiveSession(session.sessionId, session.memberId);
  if (live) await noteSessionUse(live, await clientAddress());
  return live;
});

const getSessionMember = cache(async (): Promise<SessionMember | null> => (await getLiveSession())?.member ?? null);

/** The id of this request's session (to mark "this device" among the member's sessions). */
export const getCurrentSessionId = cache(
  async (): Promise<string | null> => (await getLiveSession())?.sessionId ?? null,
);

export const getViewer = cache(async (): Promise<MaybeViewer> => {
  const member = await getSessionMember();
  return member ? toViewer(member) : null;
});

/** What the header shows about the signed-in person. */
export const getViewerSummary = cache(async () => {
  const member = await getSessionMember();
  return member ? { name: member.name, email: member.email, role: member.role } : null;
});

/** The viewer of a session with this member id and version (what getViewer does, without a request). */
export async function resolveViewer(memberId: string, sessionVersion: number): Promise<MaybeViewer> {
  const member = await findSessionMember(memberId, sessionVersion);
  return member ? toViewer(member) : null;
}
