// Viewers for the tests of the public queries: one per role, none of them stored.
import type { Viewer } from '@/lib/auth/policy';

export const visitor = null;

export const member: Viewer = {
  id: 'test-member',
  role: 'MEMBER',
  organizationId: null,
  organizationAdmin: false,
  coordinatorRegionIds: [],
};

export const coordinator: Viewer = {
  id: 'test-coordinator',
  role: 'COORDINATOR',
  organizationId: null,
  organizationAdmin: false,
  coordinatorRegionIds: [],
};

/** The viewer of a stored member, as getViewer builds it, limited to `regionIds` as a coordinator. */
export const viewerOf = (
  member: { id: string; role: Viewer['role']; organizationId: string | null; organizationAdmin?: boolean },
  regionIds: string[] = [],
): Viewer => ({
  id: member.id,
  role: member.role,
  organizationId: member.organizationId,
  organizationAdmin: member.organizationId !== null && (member.organizationAdmin ?? false),
  coordinatorRegionIds: regionIds,
});
