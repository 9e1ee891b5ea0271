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
import {
  leadsFrom,
  workflow,
  authorEditableStatuses,
  type Transition,
  type WorkflowRole,
} from '../publications/workflow';

/** The signed-in person making a request, or null for a visitor. */
export interface Viewer {
  id: string;
  role: Role;
  organizationId: string | null;
  /** Whether they run their organisation's team (Member.organizationAdmin; only with an organisation). */
  organizationAdmin: boolean;
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

/**
 * Whether a viewer's regions hold all of a record's regions: admins and unscoped coordinators
 * always; a coordinator limited to regions only for a record in those regions alone (and not for one
 * in no region, which is everyone's).
 */
export function withinRegions(viewer: MaybeViewer, regionIds: readonly string[]): boolean {
  if (viewer?.role === 'ADMIN') return true;
  if (viewer?.role !== 'COORDINATOR') return false;
  if (viewer.coordinatorRegionIds.length === 0) return true;
  return regionIds.length > 0 && regionIds.every((id) => viewer.coordinatorRegionIds.includes(id));
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

/** Campaigns: running and closed ones; drafts and archived ones only to staff. */
export function campaignReadScope(viewer: MaybeViewer): CampaignStatus[] {
  return isStaff(viewer) ? ['ACTIVE', 'CLOSED', 'DRAFT', 'ARCHIVED'] : ['ACTIVE', 'CLOSED'];
}

/**
 * The scope of publications as plain values, for queries written in SQL (facet counts): the states
 * and visibilities read, and the moment an embargo must have ended by (`embargoEndedBy`).
 */
export function publicationReadScope(viewer: MaybeViewer, now = new Date()) {
  return { ...publicationScope(viewer), embargoEndedBy: now };
}

/** Whether the viewer sees what is marked members only (publications, profile fields): anyone signed in. */
export function seesMembersOnly(viewer: MaybeViewer): boolean {
  return readableVisibilities(viewer).includes('MEMBERS');
}

/** Whether an embargo still keeps a published piece from every reader (none set: never). */
export function isEmbargoed(embargoUntil: Date | null, now = new Date()): boolean {
  return embargoUntil !== null && embargoUntil > now;
}

/**
 * The publications a viewer may read, as a WHERE clause. The embargo's OR sits inside an AND, so a
 * caller that spreads this next to an OR of its own keeps both (better still: `AND: [scope, filters]`).
 */
export function visiblePublications(viewer: MaybeViewer, now = new Date()): Prisma.PublicationWhereInput {
  const scope = publicationReadScope(viewer, now);
  return {
    status: { in: scope.statuses },
    visibility: { in: scope.visibilities },
    AND: [{ OR: [{ embargoUntil: null }, { embargoUntil: { lte: scope.embargoEndedBy } }] }],
  };
}

/**
 * The publications a viewer manages in /manage/publications: those with one of their regions (all
 * for admins and unscoped coordinators; what they may do with each is `can`'s answer); none for
 * non-staff.
 */
export function managedPublications(viewer: MaybeViewer): Prisma.PublicationWhereInput {
  if (!isStaff(viewer)) return { id: { in: [] } };
  if (viewer.role === 'ADMIN' || viewer.coordinatorRegionIds.length === 0) return {};
  return { regions: { some: { id: { in: viewer.coordinatorRegionIds } } } };
}

/** The review queue (/manage/review): shared resources in review that the viewer may review. */
export function reviewablePublications(viewer: MaybeViewer): Prisma.PublicationWhereInput {
  return { ...managedPublications(viewer), status: 'IN_REVIEW' };
}

export function visibleOrganizations(viewer: MaybeViewer): Prisma.OrganizationWhereInput {
  return { status: { in: organizationReadScope(viewer) } };
}

export function visibleCampaigns(viewer: MaybeViewer): Prisma.CampaignWhereInput {
  return { status: { in: campaignReadScope(viewer) } };
}

/**
 * Records of the given regions that a viewer manages in /manage: those with one of their regions
 * (all for admins and unscoped coordinators; what they may do with each is `can`'s answer), and
 * those in no region (the coalition's own) only for admins and unscoped coordinators; none for
 * non-staff. Campaigns and events share this shape.
 */
function managedByRegion(viewer: MaybeViewer): { all: true } | { regionIds: string[] } | null {
  if (!isStaff(viewer)) return null;
  if (viewer.role === 'ADMIN' || viewer.coordinatorRegionIds.length === 0) return { all: true };
  return { regionIds: viewer.coordinatorRegionIds };
}

/** The campaigns a viewer manages in /manage/campaigns. */
export function managedCampaigns(viewer: MaybeViewer): Prisma.CampaignWhereInput {
  const scope = managedByRegion(viewer);
  if (!scope) return { id: { in: [] } };
  return 'all' in scope ? {} : { regions: { some: { id: { in: scope.regionIds } } } };
}

/** The events a viewer manages in /manage/events. */
export function managedEvents(viewer: MaybeViewer): Prisma.EventWhereInput {
  const scope = managedByRegion(viewer);
  if (!scope) return { id: { in: [] } };
  return 'all' in scope ? {} : { regions: { some: { id: { in: scope.regionIds } } } };
}

/** The countries a viewer keeps the monitoring timeline of: those of their regions; none for non-staff. */
export function managedCountries(viewer: MaybeViewer): Prisma.CountryWhereInput {
  const scope = managedByRegion(viewer);
  if (!scope) return { code: { in: [] } };
  return 'all' in scope ? {} : { regionId: { in: scope.regionIds } };
}

/** The monitoring entries a viewer keeps in /manage/monitoring: those about countries of their regions. */
export function managedMonitoringEntries(viewer: MaybeViewer): Prisma.MonitoringEntryWhereInput {
  return { country: managedCountries(viewer) };
}

/** The monitoring entries a viewer may read on the country pages and in their feeds. */
export function visibleMonitoringEntries(viewer: MaybeViewer): Prisma.MonitoringEntryWhereInput {
  return { visibility: { in: readableVisibilities(viewer) } };
}

/** The applications a viewer may review: those in their regions (all for admins); none for non-staff. */
export function reviewableApplications(viewer: MaybeViewer): Prisma.MembershipApplicationWhereInput {
  if (!isStaff(viewer)) return { id: { in: [] } };
  if (viewer.role === 'ADMIN' || viewer.coordinatorRegionIds.length === 0) return {};
  return { regions: { some: { id: { in: viewer.coordinatorRegionIds } } } };
}

// ─── The rules ───────────────────────────────────────────────────────────────

type Nothing = Record<string, never>;

/** What the publication rules need to know about one publication. */
export interface PublicationFacts {
  status: PublicationStatus;
  regionIds: string[];
  /** Who wrote or shared it (null when that person's account is gone). */
  submittedById: string | null;
  /** Whether its author's organisation is trusted (publishes without review). */
  authorTrusted: boolean;
}

/** Each action and the facts about its subject that its rule needs. */
export interface Subjects {
  'publication:read': { status: PublicationStatus; visibility: Visibility; embargoUntil: Date | null };
  /** Write a publication in the given regions as staff (/manage/publications). */
  'publication:create': { regionIds: string[] };
  /** Share a resource as a member (/account/submissions): anyone signed in. */
  'publication:share': Nothing;
  /** Change a publication's content, files and tags. */
  'publication:edit': PublicationFacts;
  /** Take one step of the workflow (lib/publications/workflow.ts). */
  'publication:transition': PublicationFacts & { transition: Transition };
  /** See the publications staff manage and the review queue. */
  'publication:manage': Nothing;
  'organization:read': { status: OrganizationStatus };
  'campaign:read': { status: CampaignStatus };
  /** See the campaigns staff run (/manage/campaigns). */
  'campaign:manage': Nothing;
  /** Start a campaign in the given regions (none: the coalition's own). */
  'campaign:create': { regionIds: string[] };
  /**
   * Change a campaign of the given regions: its content, image and updates, its state, its held
   * signatures and its signers' list (CSV). An archived campaign is read only.
   */
  'campaign:edit': { status: CampaignStatus; regionIds: string[] };
  /**
   * Open a campaign of the given regions in the staff area and hand over its signers' list, in
   * any state: the oversight that stays once an archived campaign cannot be changed.
   */
  'campaign:oversee': { regionIds: string[] };
  /** Endorse a campaign in one's organisation's name, or withdraw that endorsement. */
  'campaign:endorse': { organizationId: string };
  /** See the events staff manage (/manage/events). */
  'event:manage': Nothing;
  /** Create or change an event of the given regions (none: the coalition's own). */
  'event:edit': { regionIds: string[] };
  /** See the countries' monitoring timelines staff keep (/manage/monitoring). */
  'monitoring:manage': Nothing;
  /** Write, change or remove a monitoring entry about a country of the given region. */
  'monitoring:edit': { regionIds: string[] };
  /** Read the messages sent with the contact form and mark them handled (/manage/messages). */
  'message:handle': Nothing;
  /** Change one's own name, email or password. */
  'account:update': { memberId: string };
  /** Edit an organisation's public profile: its own members, coordinators of its regions, admins. */
  'organization:update': { id: string; regionIds: string[] };
  /**
   * Run an organisation's team (/account/organization/team): invite colleagues, remove them, make
   * them admins of the team, change the organisation's name and type. Its own admins, and staff
   * covering its regions.
   */
  'organization:manageTeam': { id: string; regionIds: string[] };
  /**
   * Invite a person directly, without an application (/manage/people/invite): as a member of an
   * organisation of the given regions (staff covering them), or as staff (role COORDINATOR or
   * ADMIN: admins only; `regionIds` is then ignored).
   */
  'member:invite': { role: Role; regionIds: string[] };
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
  /** Mark an organisation trusted: its members then publish without review. */
  'organization:trust': Nothing;
  /** Download the whole directory (every organisation, its profile and its members' addresses) as CSV. */
  'directory:export': Nothing;
  /** Create and change organisations from a CSV file (/manage/directory). */
  'directory:import': Nothing;
}

export type Action = keyof Subjects;

type Rules = { [A in Action]: (viewer: MaybeViewer, subject: Subjects[A]) => boolean };

const isAdmin = (viewer: MaybeViewer) => viewer?.role === 'ADMIN';

/** The parts the viewer plays for one publication, as the workflow names them. */
function workflowRoles(viewer: MaybeViewer, publication: PublicationFacts): Set<WorkflowRole> {
  const roles = new Set<WorkflowRole>();
  if (!viewer) return roles;
  if (publication.submittedById === viewer.id) {
    roles.add('author');
    if (publication.authorTrusted) roles.add('trusted');
  }
  if (coversRegions(viewer, publication.regionIds)) roles.add('reviewer');
  if (withinRegions(viewer, publication.regionIds)) roles.add('editor');
  return roles;
}

const rules: Rules = {
  'publication:read': (viewer, { status, visibility, embargoUntil }) => {
    const scope = publicationScope(viewer);
    return scope.statuses.includes(status) && scope.visibilities.includes(visibility) && !isEmbargoed(embargoUntil);
  },
  'publication:create': (viewer, { regionIds }) => withinRegions(viewer, regionIds),
  'publication:share': (viewer) => viewer !== null,
  'publication:edit': (viewer, publication) => {
    const roles = workflowRoles(viewer, publication);
    if (roles.has('editor')) return publication.status !== 'ARCHIVED';
    return roles.has('author') && authorEditableStatuses.includes(publication.status);
  },
  'publication:transition': (viewer, { transition, ...publication }) => {
    if (!leadsFrom(transition, publication.status)) return false;
    const roles = workflowRoles(viewer, publication);
    return workflow[transition].by.some((role) => roles.has(role));
  },
  'publication:manage': (viewer) => isStaff(viewer),
  'organization:read': (viewer, { status }) => organizationReadScope(viewer).includes(status),
  'campaign:read': (viewer, { status }) => campaignReadScope(viewer).includes(status),
  'campaign:manage': (viewer) => isStaff(viewer),
  'campaign:create': (viewer, { regionIds }) => withinRegions(viewer, regionIds),
  'campaign:edit': (viewer, { status, regionIds }) => status !== 'ARCHIVED' && withinRegions(viewer, regionIds),
  'campaign:oversee': (viewer, { regionIds }) => withinRegions(viewer, regionIds),
  'campaign:endorse': (viewer, { organizationId }) => viewer !== null && viewer.organizationId === organizationId,
  'event:manage': (viewer) => isStaff(viewer),
  'event:edit': (viewer, { regionIds }) => withinRegions(viewer, regionIds),
  'monitoring:manage': (viewer) => isStaff(viewer),
  'monitoring:edit': (viewer, { regionIds }) => coversRegions(viewer, regionIds),
  'message:handle': (viewer) => isStaff(viewer),
  'account:update': (viewer, { memberId }) => viewer !== null && viewer.id === memberId,
  'organization:update': (viewer, organization) =>
    viewer !== null && (viewer.organizationId === organization.id || coversRegions(viewer, organization.regionIds)),
  'organization:manageTeam': (viewer, organization) =>
    viewer !== null &&
    ((viewer.organizationAdmin && viewer.organizationId === organization.id) ||
      coversRegions(viewer, organization.regionIds)),
  'member:invite': (viewer, { role, regionIds }) =>
    role === 'MEMBER' ? coversRegions(viewer, regionIds) : isAdmin(viewer),
  'manage:enter': (viewer) => isStaff(viewer),
  'application:list': (viewer) => isStaff(viewer),
  'application:review': (viewer, { regionIds }) => coversRegions(viewer, regionIds),
  'member:list': isAdmin,
  // An admin manages everyone but themself, so the portal always keeps one admin who can act.
  'member:manage': (viewer, { memberId }) => isAdmin(viewer) && viewer?.id !== memberId,
  'audit:read': isAdmin,
  'theme:manage': (viewer) => isStaff(viewer),
  'organization:trust': isAdmin,
  'directory:export': isAdmin,
  'directory:import': isAdmin,
};

const isAction = (name: string): name is Action => name in rules;

/** Every action the policy knows, for the access-matrix test. */
export const actions: readonly Action[] = Object.keys(rules).filter(isAction);

export function can<A extends Action>(viewer: MaybeViewer, action: A, subject: Subjects[A]): boolean {
  const rule: Rules[A] = rules[action];
  return rule(viewer, subject);
}

/** A signed-in member with no other right: whom a visitor becomes by signing in. */
const anyMember: Viewer = {
  id: '',
  role: 'MEMBER',
  organizationId: null,
  organizationAdmin: false,
  coordinatorRegionIds: [],
};

/**
 * Whether a visitor would read this publication by signing in: then a refusal says 401 (sign in),
 * not 404. False for anyone signed in.
 */
export function readableOnceSignedIn(viewer: MaybeViewer, subject: Subjects['publication:read']): boolean {
  return !viewer && can(anyMember, 'publication:read', subject);
}
