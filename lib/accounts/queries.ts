// Reads about members and their accounts.
import 'server-only';
import type { MaybeViewer } from '../auth/policy';
import { db } from '../db';

/** The signed-in member's own account; null for a visitor. */
export async function getOwnAccount(viewer: MaybeViewer) {
  if (!viewer) return null;
  return db.member.findUnique({
    where: { id: viewer.id },
    select: {
      name: true,
      email: true,
      role: true,
      lastSignInAt: true,
      organization: { select: { name: true, slug: true } },
      coordinatorRegions: { orderBy: { sortOrder: 'asc' }, select: { name: true, slug: true } },
    },
  });
}
