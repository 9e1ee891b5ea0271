// The access matrix of the policy: every action the policy knows, asked by every kind of viewer.
// `actions` is the policy's own list, so a new action without a row here fails this test.
import { describe, expect, it } from 'vitest';
import { actions, can, type Action, type MaybeViewer, type Subjects, type Viewer } from './policy';

const regionX = 'region-x';
const regionY = 'region-y';
const organizationA = 'organization-a';

const personas: Record<string, MaybeViewer> = {
  visitor: null,
  // The member runs organisation A's team (an organisation admin); the other member does not run theirs.
  member: {
    id: 'member-1',
    role: 'MEMBER',
    organizationId: organizationA,
    organizationAdmin: true,
    coordinatorRegionIds: [],
  },
  memberOfAnotherOrganization: {
    id: 'member-2',
    role: 'MEMBER',
    organizationId: 'organization-b',
    organizationAdmin: false,
    coordinatorRegionIds: [],
  },
  coordinatorOfAnotherRegion: {
    id: 'coordinator-2',
    role: 'COORDINATOR',
    organizationId: null,
    organizationAdmin: false,
    coordinatorRegionIds: [regionY],
  },
  coordinator: {
    id: 'coordinator-1',
    role: 'COORDINATOR',
    organizationId: null,
    organizationAdmin: false,
    coordinatorRegionIds: [regionX],
  },
  admin: { id: 'admin-1', role: 'ADMIN', organizationId: null, organizationAdmin: false, coordinatorRegionIds: [] },
};
type Persona = keyof typeof personas;
const order: Persona[] = [
  'visitor',
  'member',
  'memberOfAnotherOrganization',
  'coordinatorOfAnotherRegion',
  'coordinator',
  'admin',
];

/** For each action: the subject asked about, and who may (in the order above). */
const matrix: {
  [A in Action]: { subject: Subjects[A]; allowed: [boolean, boolean, boolean, boolean, boolean, boolean] };
} = {
  'publication:read': {
    subject: { status: 'PUBLISHED', visibility: 'MEMBERS', embargoUntil: null },
    allowed: [false, true, true, true, true, true],
  },
  'publication:create': { subject: { regionIds: [regionX] }, allowed: [false, false, false, false, true, true] },
  'publication:share': { subject: {}, allowed: [false, true, true, true, true, true] },
  'publication:edit': {
    subject: { status: 'DRAFT', regionIds: [regionX], submittedById: 'member-1', authorTrusted: false },
    allowed: [false, true, false, false, true, true],
  },
  'publication:transition': {
    subject: {
      transition: 'approve',
      status: 'IN_REVIEW',
      regionIds: [regionX],
      submittedById: 'member-1',
      authorTrusted: false,
    },
    allowed: [false, false, false, false, true, true],
  },
  'publication:manage': { subject: {}, allowed: [false, false, false, true, true, true] },
  'organization:read': { subject: { status: 'APPLIED' }, allowed: [false, false, false, true, true, true] },
  'campaign:read': { subject: { status: 'DRAFT' }, allowed: [false, false, false, true, true, true] },
  'campaign:manage': { subject: {}, allowed: [false, false, false, true, true, true] },
  'campaign:create': { subject: { regionIds: [regionX] }, allowed: [false, false, false, false, true, true] },
  'campaign:edit': {
    subject: { status: 'ACTIVE', regionIds: [regionX] },
    allowed: [false, false, false, false, true, true],
  },
  'campaign:oversee': { subject: { regionIds: [regionX] }, allowed: [false, false, false, false, true, true] },
  'campaign:endorse': {
    subject: { organizationId: organizationA },
    allowed: [false, true, false, false, false, false],
  },
  'event:manage': { subject: {}, allowed: [false, false, false, true, true, true] },
  'event:edit': { subject: { regionIds: [regionX] }, allowed: [false, false, false, false, true, true] },
  'monitoring:manage': { subject: {}, allowed: [false, false, false, true, true, true] },
  'monitoring:edit': { subject: { regionIds: [regionX] }, allowed: [false, false, false, false, true, true] },
  'message:handle': { subject: {}, allowed: [false, false, false, true, true, true] },
  'account:update': { subject: { memberId: 'member-1' }, allowed: [false, true, false, false, false, false] },
  'organization:update': {
    subject: { id: organizationA, regionIds: [regionX] },
    allowed: [false, true, false, false, true, true],
  },
  'organization:manageTeam': {
    subject: { id: organizationA, regionIds: [regionX] },
    allowed: [false, true, false, false, true, true],
  },
  'member:invite': {
    subject: { role: 'MEMBER', regionIds: [regionX] },
    allowed: [false, false, false, false, true, true],
  },
  'manage:enter': { subject: {}, allowed: [false, false, false, true, true, true] },
  'application:list': { subject: {}, allowed: [false, false, false, true, true, true] },
  'application:review': { subject: { regionIds: [regionX] }, allowed: [false, false, false, false, true, true] },
  'member:list': { subject: {}, allowed: [false, false, false, false, false, true] },
  'member:manage': { subject: { memberId: 'member-1' }, allowed: [false, false, false, false, false, true] },
  'audit:read': { subject: {}, allowed: [false, false, false, false, false, true] },
  'theme:manage': { subject: {}, allowed: [false, false, false, true, true, true] },
  'organization:trust': { subject: {}, allowed: [false, false, false, false, false, true] },
  'directory:export': { subject: {}, allowed: [false, false, false, false, false, true] },
  'directory:import': { subject: {}, allowed: [false, false, false, false, false, true] },
};

describe('the access matrix', () => {
  it('has a row for every action the policy knows', () => {
    expect(Object.keys(matrix).sort()).toEqual([...actions].sort());
  });

  for (const action of actions) {
    it(`${action}: allowed exactly to the viewers the design names`, () => {
      const row = matrix[action];
      const answers = order.map((persona) => can(personas[persona]!, action, row.subject as never));
      const expected = Object.fromEntries(order.map((persona, index) => [persona, row.allowed[index]]));
      expect(Object.fromEntries(order.map((persona, index) => [persona, answers[index]]))).toEqual(expected);
    });
  }

  it('gives public, published content to everyone and nothing unpublished to members', () => {
    for (const persona of order) {
      expect(
        can(personas[persona]!, 'publication:read', { status: 'PUBLISHED', visibility: 'PUBLIC', embargoUntil: null }),
      ).toBe(true);
      expect(can(personas[persona]!, 'organization:read', { status: 'ACTIVE' })).toBe(true);
    }
    expect(
      can(personas.member!, 'publication:read', { status: 'DRAFT', visibility: 'PUBLIC', embargoUntil: null }),
    ).toBe(false);
  });

  it('keeps an embargoed publication from everyone until its time, staff included', () => {
    const later = new Date(Date.now() + 60_000);
    const earlier = new Date(Date.now() - 60_000);
    for (const persona of order) {
      const subject = { status: 'PUBLISHED', visibility: 'PUBLIC' } as const;
      expect(can(personas[persona]!, 'publication:read', { ...subject, embargoUntil: later })).toBe(false);
      expect(can(personas[persona]!, 'publication:read', { ...subject, embargoUntil: earlier })).toBe(true);
    }
  });

  it('lets a coordinator limited to regions publish in those regions only', () => {
    const coordinator = personas.coordinator!;
    expect(can(coordinator, 'publication:create', { regionIds: [regionX] })).toBe(true);
    expect(can(coordinator, 'publication:create', { regionIds: [regionX, regionY] })).toBe(false);
    expect(can(coordinator, 'publication:create', { regionIds: [] })).toBe(false);
    expect(can(personas.admin!, 'publication:create', { regionIds: [] })).toBe(true);
  });

  it("keeps archived campaigns read only, and the coalition's own campaigns and events to unscoped staff", () => {
    expect(can(personas.admin!, 'campaign:edit', { status: 'ARCHIVED', regionIds: [] })).toBe(false);
    expect(can(personas.visitor!, 'campaign:read', { status: 'ARCHIVED' })).toBe(false);
    expect(can(personas.coordinator!, 'campaign:read', { status: 'ARCHIVED' })).toBe(true);
    expect(can(personas.coordinator!, 'campaign:edit', { status: 'DRAFT', regionIds: [] })).toBe(false);
    expect(can(personas.coordinator!, 'event:edit', { regionIds: [] })).toBe(false);
    expect(can(personas.admin!, 'event:edit', { regionIds: [] })).toBe(true);
  });

  it('lets a coordinator without regions act everywhere, and no admin manage themself', () => {
    const everywhere: Viewer = {
      id: 'c',
      role: 'COORDINATOR',
      organizationId: null,
      organizationAdmin: false,
      coordinatorRegionIds: [],
    };
    expect(can(everywhere, 'application:review', { regionIds: [regionY] })).toBe(true);
    expect(can(everywhere, 'organization:update', { id: 'any', regionIds: [regionY] })).toBe(true);
    expect(can(personas.admin!, 'member:manage', { memberId: 'admin-1' })).toBe(false);
  });

  it("lets only an organisation's own admins run its team, and only admins invite staff", () => {
    const colleague: Viewer = { ...(personas.member as Viewer), id: 'member-3', organizationAdmin: false };
    expect(can(colleague, 'organization:manageTeam', { id: organizationA, regionIds: [regionX] })).toBe(false);
    expect(can(colleague, 'organization:update', { id: organizationA, regionIds: [regionX] })).toBe(true);
    const adminElsewhere: Viewer = { ...(personas.memberOfAnotherOrganization as Viewer), organizationAdmin: true };
    expect(can(adminElsewhere, 'organization:manageTeam', { id: organizationA, regionIds: [regionX] })).toBe(false);
    expect(can(personas.member!, 'member:invite', { role: 'MEMBER', regionIds: [regionX] })).toBe(false);
    for (const role of ['COORDINATOR', 'ADMIN'] as const) {
      expect(can(personas.coordinator!, 'member:invite', { role, regionIds: [regionX] })).toBe(false);
      expect(can(personas.admin!, 'member:invite', { role, regionIds: [] })).toBe(true);
    }
    expect(can(personas.coordinator!, 'member:invite', { role: 'MEMBER', regionIds: [regionY] })).toBe(false);
  });
});
