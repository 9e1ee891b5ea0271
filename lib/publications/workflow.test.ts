// The whole state table, walked for every kind of viewer: each step from each state, and who may
// take it. The expected answers are written out here, not derived from workflow.ts, so a changed
// rule fails until this table says the same.
import { describe, expect, it } from 'vitest';
import { can, type MaybeViewer, type PublicationFacts } from '@/lib/auth/policy';
import { PublicationStatus } from '@/lib/generated/prisma/enums';
import { transitions, type Transition } from './workflow';

const regionX = 'region-x';
const regionY = 'region-y';

type Persona =
  'visitor' | 'author' | 'trustedAuthor' | 'otherMember' | 'coordinatorOfAnotherRegion' | 'coordinator' | 'admin';

const viewers: Record<Persona, MaybeViewer> = {
  visitor: null,
  author: {
    id: 'author-1',
    role: 'MEMBER',
    organizationId: 'organization-a',
    organizationAdmin: false,
    coordinatorRegionIds: [],
  },
  trustedAuthor: {
    id: 'author-1',
    role: 'MEMBER',
    organizationId: 'organization-a',
    organizationAdmin: false,
    coordinatorRegionIds: [],
  },
  otherMember: {
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
const personas = Object.keys(viewers) as Persona[];

/** A publication of regionX shared by author-1, whose organisation is trusted only for trustedAuthor. */
const facts = (persona: Persona, status: PublicationStatus): PublicationFacts => ({
  status,
  regionIds: [regionX],
  submittedById: 'author-1',
  authorTrusted: persona === 'trustedAuthor',
});

const staff: Persona[] = ['coordinator', 'admin'];
const authors: Persona[] = ['author', 'trustedAuthor'];

/** Each step: the states it leads from, and who may take it from each. Every other pair: nobody. */
const expected: Record<Transition, Partial<Record<PublicationStatus, Persona[]>>> = {
  submit: { DRAFT: authors, CHANGES_REQUESTED: authors },
  withdraw: { IN_REVIEW: authors },
  approve: { IN_REVIEW: staff },
  requestChanges: { IN_REVIEW: staff },
  reject: { IN_REVIEW: staff },
  publish: { DRAFT: ['trustedAuthor', ...staff], CHANGES_REQUESTED: ['trustedAuthor', ...staff] },
  unpublish: { PUBLISHED: staff },
  archive: { DRAFT: staff, PUBLISHED: staff, REJECTED: staff },
  restore: { ARCHIVED: staff },
};

/** Who may change the content in each state. */
const expectedEditors: Record<PublicationStatus, Persona[]> = {
  DRAFT: [...authors, ...staff],
  IN_REVIEW: staff,
  CHANGES_REQUESTED: [...authors, ...staff],
  PUBLISHED: staff,
  REJECTED: staff,
  ARCHIVED: [],
};

describe('the publication workflow', () => {
  it('has an expected row for every step there is', () => {
    expect(Object.keys(expected).sort()).toEqual([...transitions].sort());
  });

  for (const transition of transitions) {
    it(`${transition}: exists only from its states, for the viewers the design names`, () => {
      for (const status of Object.values(PublicationStatus)) {
        const allowed = personas.filter((persona) =>
          can(viewers[persona], 'publication:transition', { transition, ...facts(persona, status) }),
        );
        expect({ status, allowed }).toEqual({ status, allowed: expected[transition][status] ?? [] });
      }
    });
  }

  it('lets authors change their own work only before review or when asked to, staff until archived', () => {
    for (const status of Object.values(PublicationStatus)) {
      const allowed = personas.filter((persona) => can(viewers[persona], 'publication:edit', facts(persona, status)));
      expect({ status, allowed }).toEqual({ status, allowed: expectedEditors[status] });
    }
  });

  it('lets a coordinator review a piece that touches their region but edit only one wholly inside them', () => {
    const coordinator = viewers.coordinator;
    const spanning = { ...facts('author', 'IN_REVIEW'), regionIds: [regionX, regionY] };
    expect(can(coordinator, 'publication:transition', { transition: 'approve', ...spanning })).toBe(true);
    expect(can(coordinator, 'publication:edit', spanning)).toBe(false);
    expect(
      can(coordinator, 'publication:transition', { transition: 'archive', ...spanning, status: 'PUBLISHED' }),
    ).toBe(false);
  });
});
