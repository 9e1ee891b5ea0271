// Who may do what: the only place that knows the rules. Every query and action asks `can`; list
// queries narrow their WHERE clause with the scopes below, which `can` itself uses, so the two
// never disagree. UI may call `can` only to hide what the server would refuse anyway.
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

export function isStaff(viewer: MaybeViewer): boolean {
  return viewer?.role === 'COORDINATOR' || viewer?.role === 'ADMIN';
}

// ─── What a viewer may read ──────────────────────────────────────────────────

export interface PublicationScope {
  statuses: PublicationStatus[];
  visibilities: Visibility[];
}

/** Which publications a viewer may read in the library (their own drafts and reviews come later). */
export function publicationReadScope(viewer: MaybeViewer): PublicationScope {
  return {
    statuses: ['PUBLISHED'],
    visibilities: viewer ? ['PUBLIC', 'MEMBERS'] : ['PUBLIC'],
  };
}

/** Organisations listed in the directory: active members; staff also see applied and lapsed ones. */
export function organizationReadScope(viewer: MaybeViewer): OrganizationStatus[] {
  return isStaff(viewer) ? ['ACTIVE', 'LAPSED', 'APPLIED'] : ['ACTIVE'];
}

/** Whether the viewer sees the profile fields an organisation shows to members only: anyone signed in. */
export function seesMembersOnlyFields(viewer: MaybeViewer): boolean {
  return viewer !== null;
}

/** Campaigns anyone sees: running and closed ones; drafts only staff. */
export function campaignReadScope(viewer: MaybeViewer): CampaignStatus[] {
  return isStaff(viewer) ? ['ACTIVE', 'CLOSED', 'DRAFT'] : ['ACTIVE', 'CLOSED'];
}

// ─── The one question ────────────────────────────────────────────────────────

/** Whether a coordinator's regions cover a record in the given regions (no regions: all). */
export function coversRegions(viewer: Viewer, regionIds: string[]): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'COORDINATOR') return false;
  if (viewer.coordinatorRegionIds.length === 0) return true;
  return regionIds.some((id) => viewer.coordinatorRegionIds.includes(id));
}

/** Each action and the facts about its subject that the rule needs. */
export interface Subjects {
  'publication:read': { status: PublicationStatus; visibility: Visibility };
  'organization:read': { status: OrganizationStatus };
  'campaign:read': { status: CampaignStatus };
  /** Change one's own name, email or password. */
  'account:update': { memberId: string };
  /** Edit an organisation's public profile: its own members, coordinators of its regions, admins. */
  'organization:update': { id: string; regionIds: string[] };
  /** See the staff area (/manage). */
  'manage:enter': Record<string, never>;
  /** List membership applications (each coordinator sees those of their regions). */
  'application:list': Record<string, never>;
  /** Approve or reject an application from the given regions. */
  'application:review': { regionIds: string[] };
  /** See the list of people (/manage/people). */
  'member:list': Record<string, never>;
  /** People administration: roles, coordinator regions, suspension, ending sessions. */
  'member:manage': { memberId: string };
  /** Read the audit log. */
  'audit:read': Record<string, never>;
}

export type Action = keyof Subjects;

/** Every action the policy knows, for the access-matrix test. */
export const actions = [
  'publication:read',
  'organization:read',
  'campaign:read',
  'account:update',
  'organization:update',
  'manage:enter',
  'application:list',
  'application:review',
  'member:list',
  'member:manage',
  'audit:read',
] as const satisfies readonly Action[];

export function can<A extends Action>(viewer: MaybeViewer, action: A, subject: Subjects[A]): boolean {
  switch (action) {
    case 'publication:read': {
      const { status, visibility } = subject as Subjects['publication:read'];
      const scope = publicationReadScope(viewer);
      return scope.statuses.includes(status) && scope.visibilities.includes(visibility);
    }
    case 'organization:read':
      return organizationReadScope(viewer).includes((subject as Subjects['organization:read']).status);
    case 'campaign:read':
      return campaignReadScope(viewer).includes((subject as Subjects['campaign:read']).status);
    case 'account:update':
      return viewer !== null && viewer.id === (subject as Subjects['account:update']).memberId;
    case 'organization:update': {
      const organization = subject as Subjects['organization:update'];
      if (!viewer) return false;
      return viewer.organizationId === organization.id || coversRegions(viewer, organization.regionIds);
    }
    case 'manage:enter':
    case 'application:list':
      return isStaff(viewer);
    case 'application:review':
      return viewer !== null && coversRegions(viewer, (subject as Subjects['application:review']).regionIds);
    case 'member:manage':
      // An admin manages everyone but themself, so the portal always keeps one admin who can act.
      return viewer?.role === 'ADMIN' && viewer.id !== (subject as Subjects['member:manage']).memberId;
    case 'member:list':
    case 'audit:read':
      return viewer?.role === 'ADMIN';
    default:
      return false;
  }
}
