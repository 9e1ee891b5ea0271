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

/** Campaigns anyone sees: running and closed ones; drafts only staff. */
export function campaignReadScope(viewer: MaybeViewer): CampaignStatus[] {
  return isStaff(viewer) ? ['ACTIVE', 'CLOSED', 'DRAFT'] : ['ACTIVE', 'CLOSED'];
}

// ─── The one question ────────────────────────────────────────────────────────

/** Each action and the facts about its subject that the rule needs. */
export interface Subjects {
  'publication:read': { status: PublicationStatus; visibility: Visibility };
  'organization:read': { status: OrganizationStatus };
  'campaign:read': { status: CampaignStatus };
}

export type Action = keyof Subjects;

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
    default:
      return false;
  }
}
