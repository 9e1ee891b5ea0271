// Viewers for the tests of the public queries: one per role, none of them stored.
import type { Viewer } from '@/lib/auth/policy';

export const visitor = null;

export const member: Viewer = { id: 'test-member', role: 'MEMBER', organizationId: null, coordinatorRegionIds: [] };

export const coordinator: Viewer = {
  id: 'test-coordinator',
  role: 'COORDINATOR',
  organizationId: null,
  coordinatorRegionIds: [],
};
