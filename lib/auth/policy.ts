// Who may do what: the only place that knows the rules. It holds two things that must never
// disagree, side by side:
//  - `rules`: one entry per action, asked through `can(viewer, action, subject)` by every query and
//    action (and by UI, only to hide what the server would refuse anyway). `rules` is typed against
//    `Subjects`, so a new action does not compile until it has a rule, and the access matrix
//    (policy.test.ts) finds it in `actions` by itself;
//  - the read scopes: which records a viewer may list, as the WHERE clause of Prisma queries. The
//    rules for reading one record are built from the same scopes.
import type { Prisma } from '../generated/prisma/client';
import type {
  CampaignStatus,
  OrganizationStatus,
  PublicationStatus,
  Role,
  Visibility,
} from '../generated/prisma/enums';

/** The signed-in person making a request, or null for a visitor. */
export interface Viewer {
  id: string;
  role: Role;
  organizationId: string | null;
  /** Region ids a coordinator is limited to; empty means all regions. */
  coordinatorRegionIds: string[];
}

export type MaybeViewer = Viewer | null;

export function isStaff(viewer: MaybeViewer): viewer is Viewer {
  return viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN';
}

/** Whether a viewer's regions cover a record in the given regions: admins and unscoped coordinators always. */
export function coversRegions(viewer: MaybeViewer, regionIds: readonly string[]): boolean {
  if (viewer?.role === 'ADMIN') return true;
  if (viewer?.role !== 'COORDINATOR') return false;
  if (viewer.coordinatorRegionIds.length === 0) return true;
  return regionIds.some((id) => viewer.coordinatorRegionIds.includes(id));
}

// ─── What a viewer may read: scopes and their WHERE clauses ──────────────────

/**
 * What "members only" means everywhere (publications, organisation profile fields): a visitor sees
 * what is PUBLIC, anyone signed in also what is for MEMBERS.
 */
export function readableVisibilities(viewer: MaybeViewer): Visibility[] {
  return viewer ? ['PUBLIC', 'MEMBERS'] : ['PUBLIC'];
}

/** Publications in the library: published ones; members-only ones to anyone signed in. */
function publicationScope(viewer: MaybeViewer): { statuses: PublicationStatus[]; visibilities: Visibility[] } {
  return { statuses: ['PUBLISHED'], visibilities: readableVisibilities(viewer) };
}

/** Organisations in the directory: active members; staff also see applied and lapsed ones. */
export function organizationReadScope(viewer: MaybeViewer): OrganizationStatus[] {
  return isStaff(viewer) ? ['ACTIVE', 'LAPSED', 'APPLIED'] : ['ACTIVE'];
}

/** Campaigns: running and closed ones; drafts only to staff. */
function campaignStatuses(viewer: MaybeViewer): CampaignStatus[] {
  return isStaff(viewer) ? ['ACTIVE', 'CLOSED', 'DRAFT'] : ['ACTIVE', 'CLOSED'];
}

/** The scope of publications as lists, for queries written in SQL (facet counts). */
export function publicationReadScope(viewer: MaybeViewer) {
  return publicationScope(viewer);
}

/** Whether the viewer sees what is marked members only (publications, profile fields): anyone signed in. */
export function seesMembersOnly(viewer: MaybeViewer): boolean {
  return readableVisibilities(viewer).includes('MEMBERS');
}

export function visiblePublications(viewer: MaybeViewer): Prisma.PublicationWhereInput {
  const scope = publicationScope(viewer);
  return { status: { in: scope.statuses }, visibility: { in: scope.visibilities } };
}

export function visibleOrganizations(viewer: MaybeViewer): Prisma.OrganizationWhereInput {
  return { status: { in: organizationReadScope(viewer) } };
}

export function visibleCampaigns(viewer: MaybeViewer): Prisma.CampaignWhereInput {
  return { status: { in: campaignStatuses(viewer) } };
}

/** The applications a viewer may review: those in their regions (all for admins); none for non-staff. */
export function reviewableApplications(viewer: MaybeViewer): Prisma.MembershipApplicationWhereInput {
  if (!isStaff(viewer)) return { id: { in: [] } };
  if (viewer.role === 'ADMIN' || viewer.coordinatorRegionIds.length === 0) return {};
  return { regions: { some: { id: { in: viewer.coordinatorRegionIds } } } };
}

// ─── The rules ───────────────────────────────────────────────────────────────

type Nothing = Record<string, never>;

/** Each action and the facts about its subject that its rule needs. */
export interface Subjects {
  'publication:read': { status: PublicationStatus; visibility: Visibility };
  'organization:read': { status: OrganizationStatus };
  'campaign:read': { status: CampaignStatus };
  /** Change one's own name, email or password. */
  'account:update': { memberId: string };
  /** Edit an organisation's public profile: its own members, coordinators of its regions, admins. */
  'organization:update': { id: string; regionIds: string[] };
  /** See the staff area (/manage). */
  'manage:enter': Nothing;
  /** List membership applications (each coordinator sees those of their regions). */
  'application:list': Nothing;
  /** Approve or reject an application from the given regions. */
  'application:review': { regionIds: string[] };
  /** See the list of people (/manage/people). */
  'member:list': Nothing;
  /** People administration: roles, coordinator regions, suspension, ending sessions. */
  'member:manage': { memberId: string };
  /** Read the audit log. */
  'audit:read': Nothing;
  /** Add themes to the vocabulary and reword them (coalition-wide, so any coordinator or admin). */
  'theme:manage': Nothing;
}

export type Action = keyof Subjects;

type Rules = { [A in Action]: (viewer: MaybeViewer, subject: Subjects[A]) => boolean };

const isAdmin = (viewer: MaybeViewer) => viewer?.role === 'ADMIN';

const rules: Rules = {
  'publication:read': (viewer, { status, visibility }) => {
    const scope = publicationScope(viewer);
    return scope.statuses.includes(status) && scope.visibilities.includes(visibility);
  },
  'organization:read': (viewer, { status }) => organizationReadScope(viewer).includes(status),
  'campaign:read': (viewer, { status }) => campaignStatuses(viewer).includes(status),
  'account:update': (viewer, { memberId }) => viewer !== null && viewer.id === memberId,
  'organization:update': (viewer, organization) =>
    viewer !== null && (viewer.organizationId === organization.id || coversRegions(viewer, organization.regionIds)),
  'manage:enter': (viewer) => isStaff(viewer),
  'application:list': (viewer) => isStaff(viewer),
  'application:review': (viewer, { regionIds }) => coversRegions(viewer, regionIds),
  'member:list': isAdmin,
  // An admin manages everyone but themself, so the portal always keeps one admin who can act.
  'member:manage': (viewer, { memberId }) => isAdmin(viewer) && viewer?.id !== memberId,
  'audit:read': isAdmin,
  'theme:manage': (viewer) => isStaff(viewer),
};

const isAction = (name: string): name is Action => name in rules;

/** Every action the policy knows, for the access-matrix test. */
export const actions: readonly Action[] = Object.keys(rules).filter(isAction);

export function can<A extends Action>(viewer: MaybeViewer, action: A, subject: Subjects[A]): boolean {
  const rule: Rules[A] = rules[action];
  return rule(viewer, subject);
}
