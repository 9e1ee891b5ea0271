// Who is asking: read from the session cookie and checked against the database on every request, so
// a suspension, a lowered role or a reset password takes effect on the very next request. One read
// of the member per request serves both the policy's viewer and what the header shows.
import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { auth } from './config';
import type { MaybeViewer } from './policy';

const sessionMemberSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  sessionVersion: true,
  organizationId: true,
  coordinatorRegions: { select: { id: true } },
} as const;

/**
 * The member a session stands for, as the database says now: none if the member is gone, no longer
 * active, or their sessions were ended (sessionVersion raised) since this session began.
 */
async function findSessionMember(memberId: string, sessionVersion: number) {
  const member = await db.member.findUnique({ where: { id: memberId }, select: sessionMemberSelect });
  if (!member || member.status !== 'ACTIVE' || member.sessionVersion !== sessionVersion) return null;
  return member;
}

type SessionMember = NonNullable<Awaited<ReturnType<typeof findSessionMember>>>;

function toViewer(member: SessionMember): NonNullable<MaybeViewer> {
  return {
    id: member.id,
    role: member.role,
    organizationId: member.organizationId,
    coordinatorRegionIds: member.coordinatorRegions.map((region) => region.id),
  };
}

/** The signed-in member of this request, read once however many pieces of the page ask. */
const getSessionMember = cache(async (): Promise<SessionMember | null> => {
  const session = await auth();
  if (!session?.memberId || session.sessionVersion === undefined) return null;
  return findSessionMember(session.memberId, session.sessionVersion);
});

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
