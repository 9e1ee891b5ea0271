// What the team page (/account/organization/team) shows: the organisation's name and type and its
// people, for whoever may run its team ('organization:manageTeam'), and the choices of the staff's
// invitation form (/manage/people/invite).
import 'server-only';
import { findValidMemberToken } from '@/lib/auth/member-tokens';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { MemberStatus, OrganizationType } from '@/lib/generated/prisma/enums';

export interface TeamColleague {
  id: string;
  name: string;
  email: string;
  status: MemberStatus;
  organizationAdmin: boolean;
}

export interface Team {
  organization: { id: string; slug: string; name: string; type: OrganizationType };
  colleagues: TeamColleague[];
}

/** A team holds this many people at most on its page (a coalition member is an organisation, not a company). */
export const teamPageLimit = 500;

/**
 * The team a viewer may run: the organisation named by `slug`, or else their own. 401 for a visitor,
 * 403 without the right (an ordinary colleague included), 404 for an unknown slug, and 404
 * 'noOrganization' when no slug is given and the viewer belongs to no organisation.
 */
export async function getTeam(viewer: MaybeViewer, slug?: string | null): Promise<Result<Team>> {
  if (!viewer) return denied(viewer);
  if (!slug && !viewer.organizationId) return { ok: false, status: 404, message: 'noOrganization' };
  const organization = await db.organization.findUnique({
    where: slug ? { slug } : { id: viewer.organizationId! },
    select: { id: true, slug: true, name: true, type: true, regions: { select: { id: true } } },
  });
  if (!organization) return missing();
  const regionIds = organization.regions.map((region) => region.id);
  if (!can(viewer, 'organization:manageTeam', { id: organization.id, regionIds })) return denied(viewer);
  const colleagues = await db.member.findMany({
    where: { organizationId: organization.id },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: teamPageLimit,
    select: { id: true, name: true, email: true, status: true, organizationAdmin: true },
  });
  const { id, slug: storedSlug, name, type } = organization;
  return { ok: true, data: { organization: { id, slug: storedSlug, name, type }, colleagues } };
}

/** Whether the viewer may invite people as staff (the role choices of /manage/people/invite). */
export function mayInviteStaff(viewer: MaybeViewer): boolean {
  return can(viewer, 'member:invite', { role: 'ADMIN', regionIds: [] });
}

/**
 * What a team invitation's link (/join-team/[token]) shows before it is followed: whom it is for
 * and which team it joins; null when it no longer works. Opening it uses nothing up.
 */
export async function getTeamInvitation(
  token: string,
): Promise<{ name: string; email: string; organization: string } | null> {
  const found = await findValidMemberToken('TEAM_INVITATION', token);
  if (!found?.organization) return null;
  return { name: found.member.name, email: found.member.email, organization: found.organization.name };
}
