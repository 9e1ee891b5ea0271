// Who is asking: read from the session cookie and checked against the database on every request, so
// a suspension, a lowered role or a reset password takes effect on the very next request.
import 'server-only';
import { cache } from 'react';
import { db } from '../db';
import { auth } from './config';
import type { MaybeViewer } from './policy';

export const getViewer = cache(async (): Promise<MaybeViewer> => {
  const session = await auth();
  if (!session?.memberId || session.sessionVersion === undefined) return null;
  return resolveViewer(session.memberId, session.sessionVersion);
});

/**
 * The viewer a session stands for, as the database says now: none if the member is gone, no longer
 * active, or their sessions were ended (sessionVersion raised) since this session began.
 */
export async function resolveViewer(memberId: string, sessionVersion: number): Promise<MaybeViewer> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: {
      id: true,
      role: true,
      status: true,
      sessionVersion: true,
      organizationId: true,
      coordinatorRegions: { select: { id: true } },
    },
  });
  if (!member || member.status !== 'ACTIVE' || member.sessionVersion !== sessionVersion) return null;
  return {
    id: member.id,
    role: member.role,
    organizationId: member.organizationId,
    coordinatorRegionIds: member.coordinatorRegions.map((region) => region.id),
  };
}

/** What the header shows about the signed-in person. */
export const getViewerSummary = cache(async () => {
  const viewer = await getViewer();
  if (!viewer) return null;
  const member = await db.member.findUnique({
    where: { id: viewer.id },
    select: { name: true, email: true, role: true },
  });
  return member;
});
