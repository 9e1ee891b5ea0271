// Organisation teams: an organisation's admins (Member.organizationAdmin) and the staff of its
// regions invite colleagues by mail, remove them, make them admins of the team or not, and change
// the organisation's name and type; staff also invite a person directly, to an organisation or as
// staff (/manage/people/invite). Every function takes the viewer first and plain input and returns
// a result, so the 'use server' wrappers (actions.ts) stay thin. docs/decisions/029-organisation-teams.md.
//
// Rules beyond the policy:
//  - an invitation to an address without an account creates an INVITED member and mails a
//    set-password link (as an approved application does);
//  - an organisation's admin learns nothing about an address that already has an account: the
//    answer is the one a new address gets. An account without an organisation is mailed a link to
//    join the team (TEAM_INVITATION), and joins only if it follows it (acceptTeamInvitation); any
//    other account (of another organisation, staff, suspended) is left alone, and nobody is told;
//  - staff, who see every account in People anyway, are told plainly: an account without an
//    organisation joins the team at once (and is told by mail), an account of another organisation
//    is refused (it must leave that one first), a suspended or staff account is refused;
//  - an organisation's last active admin cannot remove themself nor give up the flag (staff can);
//  - a removed colleague keeps their account, without an organisation, their sessions end at once,
//    and an invitation they had not taken up stops working.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { consumeMemberTokenWithDetails, issueMemberToken } from '@/lib/auth/member-tokens';
import { can, isStaff, type MaybeViewer, type Viewer } from '@/lib/auth/policy';
import { consumeLimits } from '@/lib/auth/rate-limit';
import type { RequestMeta } from '@/lib/auth/request';
import { isUniqueViolation } from '@/lib/database/errors';
import { db } from '@/lib/db';
import { denied, fieldRefusal, invalid, missing, refused, type Refusal, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { queueMail } from '@/lib/mail/outbox';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { slugOf } from '@/prisma/seed/factories';
import {
  acceptTeamInvitationSchema,
  colleagueSchema,
  invitePersonSchema,
  inviteColleagueSchema,
  organizationIdentitySchema,
  setTeamAdminSchema,
} from './schemas';

/** Thrown inside a transaction to roll it back; answered with its refusal. */
class TeamConflict extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/** The organisation id a submitted form names, before parsing, so the policy can be asked first. */
function organizationIdOf(input: unknown): string {
  if (typeof input !== 'object' || input === null || !('organizationId' in input)) return '';
  return typeof input.organizationId === 'string' ? input.organizationId.trim().slice(0, 64) : '';
}

interface TeamOrganization {
  id: string;
  name: string;
  slug: string;
}

/** The organisation the input names, if the viewer may run its team; else the refusal. */
async function authorize(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ ok: true; viewer: Viewer; organization: TeamOrganization } | Refusal> {
  if (!viewer) return denied(viewer);
  const id = organizationIdOf(input);
  const organization = id
    ? await db.organization.findUnique({
        where: { id },
        select: { id: true, name: true, slug: true, regions: { select: { id: true } } },
      })
    : null;
  // An organisation the viewer may not run is refused the same whether it exists or not.
  const regionIds = organization?.regions.map((region) => region.id) ?? [];
  if (!can(viewer, 'organization:manageTeam', { id, regionIds })) return denied(viewer);
  if (!organization) return missing();
  return { ok: true, viewer, organization: { id: organization.id, name: organization.name, slug: organization.slug } };
}

async function mailTexts() {
  return getTranslations({ locale: 'en', namespace: 'teams.mail' });
}

// ─── Inviting ────────────────────────────────────────────────────────────────

interface Invitation {
  name: string;
  email: string;
  role: Role;
  /** The team they join (role MEMBER), and whether they run it. */
  organization: TeamOrganization | null;
  organizationAdmin: boolean;
  /** A coordinator's regions (none: all). */
  regionIds: string[];
  /** Invited by staff (told what became of an address) or by the organisation's admin (told nothing). */
  byStaff: boolean;
}

/**
 * Invites one person inside a transaction: a new INVITED member with a set-password link; for staff,
 * an account without an organisation joining the team (told by mail); for a team's admin, any
 * account that exists is asked (askToJoin). Returns what to tell the inviter. Throws TeamConflict
 * for an address that cannot be invited.
 */
async function invite(
  tx: Prisma.TransactionClient,
  actorId: string,
  invitation: Invitation,
  meta: RequestMeta,
  now: Date,
): Promise<'invited' | 'added' | 'invitationSent'> {
  const { name, email, role, organization, organizationAdmin, regionIds, byStaff } = invitation;
  const existing = await tx.member.findUnique({
    where: { email },
    select: { id: true, name: true, status: true, role: true, organizationId: true, organizationAdmin: true },
  });
  const t = await mailTexts();
  const values = {
    name,
    organization: organization?.name ?? '',
    site: getSiteSettings().name,
    role: t(`roles.${role}`),
  };

  if (existing) {
    if (!organization) throw new TeamConflict(fieldRefusal(409, 'email', 'hasAccount'));
    // The team's own people are on its page: saying so tells its admin nothing new.
    if (existing.organizationId === organization.id)
      throw new TeamConflict(fieldRefusal(409, 'email', 'alreadyInTeam'));
    if (!byStaff) {
      await askToJoin(tx, actorId, { ...existing, email }, { organization, organizationAdmin }, meta, now);
      return 'invitationSent';
    }
    if (existing.organizationId) throw new TeamConflict(fieldRefusal(409, 'email', 'inAnotherOrganization'));
    // Neither whether an address is staff's nor whether it is suspended is the team's business.
    if (existing.status === 'SUSPENDED' || existing.role !== 'MEMBER') {
      throw new TeamConflict(fieldRefusal(409, 'email', 'cannotInvite'));
    }
    const joined = await tx.member.updateMany({
      where: { id: existing.id, organizationId: null },
      data: { organizationId: organization.id, organizationAdmin },
    });
    if (joined.count !== 1) throw new TeamConflict(fieldRefusal(409, 'email', 'inAnotherOrganization'));
    await recordAuditEvent(tx, {
      actorId,
      action: 'member.join_organization',
      subjectType: 'Member',
      subjectId: existing.id,
      ...changedFields(
        { organizationId: null, organizationAdmin: existing.organizationAdmin },
        { organizationId: organization.id, organizationAdmin },
      ),
      ip: meta.ip,
    });
    // An account that never chose a password gets a new link; the others sign in as usual.
    const token = existing.status === 'INVITED' ? await issueMemberToken(tx, existing.id, 'INVITATION', now) : null;
    const url = absoluteUrl(token ? `/set-password/${token}` : '/sign-in');
    await queueMail(tx, {
      to: email,
      subject: t('added.subject', values),
      text: t(token ? 'added.textInvited' : 'added.text', { ...values, url }),
    });
    return 'added';
  }

  // The new account, as created and as the audit log keeps it.
  const account = {
    email,
    name,
    role,
    status: 'INVITED',
    organizationId: organization?.id ?? null,
    organizationAdmin: organization ? organizationAdmin : false,
  } as const;
  const member = await tx.member.create({
    data: {
      ...account,
      coordinatorRegions: { connect: role === 'COORDINATOR' ? regionIds.map((id) => ({ id })) : [] },
    },
    select: { id: true },
  });
  const token = await issueMemberToken(tx, member.id, 'INVITATION', now);
  await recordAuditEvent(tx, {
    actorId,
    action: 'member.invite',
    subjectType: 'Member',
    subjectId: member.id,
    after: { ...account, ...(role === 'COORDINATOR' ? { coordinatorRegionIds: regionIds } : {}) },
    ip: meta.ip,
  });
  const url = absoluteUrl(`/set-password/${token}`);
  await queueMail(tx, {
    to: email,
    subject: t(organization ? 'invitation.subject' : 'staffInvitation.subject', values),
    text: t(organization ? 'invitation.text' : 'staffInvitation.text', { ...values, url }),
  });
  // A team's admin gets the same answer whether the address had an account or not.
  return byStaff ? 'invited' : 'invitationSent';
}

/**
 * A team's admin invited an address that already has an account. One without an organisation (an
 * ordinary member, not suspended) is mailed a link that joins the team if they follow it; any other
 * is left alone. Either way the inviter is told only that the invitation is on its way, if the
 * address can join: whether an address has an account, and whose, is not a team admin's to learn.
 */
async function askToJoin(
  tx: Prisma.TransactionClient,
  actorId: string,
  person: { id: string; email: string; name: string; status: string; role: Role; organizationId: string | null },
  team: { organization: TeamOrganization; organizationAdmin: boolean },
  meta: RequestMeta,
  now: Date,
) {
  if (!mayJoinATeam(person)) return;
  const token = await issueMemberToken(tx, person.id, 'TEAM_INVITATION', now, {
    organizationId: team.organization.id,
    organizationAdmin: team.organizationAdmin,
  });
  await recordAuditEvent(tx, {
    actorId,
    action: 'member.team_invitation',
    subjectType: 'Member',
    subjectId: person.id,
    after: { organizationId: team.organization.id, organizationAdmin: team.organizationAdmin },
    ip: meta.ip,
  });
  const t = await mailTexts();
  const values = { name: person.name, organization: team.organization.name, site: getSiteSettings().name };
  await queueMail(tx, {
    to: person.email,
    subject: t('joinInvitation.subject', values),
    text: t('joinInvitation.text', { ...values, url: absoluteUrl(`/join-team/${token}`) }),
  });
}

/**
 * Whether an account that exists may join a team: an ordinary member, not suspended, of no
 * organisation yet. Asked when a team's admin invites it and again when it follows the link.
 */
function mayJoinATeam(person: { organizationId: string | null; role: Role; status: string }): boolean {
  return !person.organizationId && person.role === 'MEMBER' && person.status !== 'SUSPENDED';
}

/** Runs an invitation's transaction, answering its conflicts (and two invitations of one address at once). */
async function runInvitation(
  actorId: string,
  invitation: Invitation,
  meta: RequestMeta,
  now: Date,
): Promise<Result<{ email: string }>> {
  const wait = await consumeLimits([
    ['invite:email', { email: invitation.email }],
    ...(invitation.organization
      ? [['invite:organization', { target: invitation.organization.id }] as ['invite:organization', { target: string }]]
      : []),
  ]);
  if (wait > 0) return refused(429, 'tooManyInvitations', { hours: Math.max(1, Math.ceil(wait / 3600)) });
  try {
    const outcome = await db.$transaction((tx) => invite(tx, actorId, invitation, meta, now));
    return { ok: true, message: outcome, data: { email: invitation.email }, params: { email: invitation.email } };
  } catch (error) {
    if (error instanceof TeamConflict) return error.refusal;
    if (isUniqueViolation(error)) return fieldRefusal(409, 'email', 'alreadyInvited');
    throw error;
  }
}

/** An organisation's admin (or staff of its regions) invites a colleague to its team. */
export async function inviteColleague(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ email: string }>> {
  const asking = await authorize(viewer, input);
  if (!asking.ok) return asking;
  const parsed = inviteColleagueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, organizationAdmin } = parsed.data;
  return runInvitation(
    asking.viewer.id,
    {
      name,
      email,
      role: 'MEMBER',
      organization: asking.organization,
      organizationAdmin,
      regionIds: [],
      byStaff: isStaff(asking.viewer),
    },
    meta,
    now,
  );
}

/**
 * Staff invite a person directly, without an application: to an organisation of their regions (by
 * its slug), or, admins only, as a coordinator (of the regions ticked; none: all) or an admin.
 */
export async function invitePerson(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ email: string }>> {
  if (!viewer || !can(viewer, 'manage:enter', {})) return denied(viewer);
  const parsed = invitePersonSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, role, organizationAdmin } = parsed.data;

  if (role !== 'MEMBER') {
    if (!can(viewer, 'member:invite', { role, regionIds: [] })) return denied(viewer);
    const slugs = role === 'COORDINATOR' ? [...new Set(parsed.data.regions)] : [];
    const regions = await db.region.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
    if (regions.length !== slugs.length) return fieldRefusal(400, 'regions', 'regionUnknown', 'invalidInput');
    const regionIds = regions.map((region) => region.id);
    return runInvitation(
      viewer.id,
      { name, email, role, organization: null, organizationAdmin: false, regionIds, byStaff: true },
      meta,
      now,
    );
  }

  const organization = await db.organization.findUnique({
    where: { slug: parsed.data.organization },
    select: { id: true, name: true, slug: true, regions: { select: { id: true } } },
  });
  if (!organization) return fieldRefusal(404, 'organization', 'organizationUnknown', 'invalidInput');
  // Staff see every organisation (applied ones too), so refusing one outside their regions tells nothing new.
  if (!can(viewer, 'member:invite', { role, regionIds: organization.regions.map((region) => region.id) })) {
    return denied(viewer);
  }
  return runInvitation(
    viewer.id,
    {
      name,
      email,
      role,
      organization: { id: organization.id, name: organization.name, slug: organization.slug },
      organizationAdmin,
      regionIds: [],
      byStaff: true,
    },
    meta,
    now,
  );
}

// ─── Joining when asked ──────────────────────────────────────────────────────

/**
 * Follows a team invitation (TEAM_INVITATION): the account joins the team it names, if it still
 * belongs to no organisation, is an ordinary member and is not suspended; the link is used up
 * either way. An account that never chose a password is sent on to choose one.
 */
export async function acceptTeamInvitation(
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ next: string }>> {
  const parsed = acceptTeamInvitationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx): Promise<Result<{ next: string }>> => {
    const link = await consumeMemberTokenWithDetails(tx, 'TEAM_INVITATION', parsed.data.token, now);
    if (!link?.organizationId) return refused(404, 'joinLinkInvalid');
    const person = await tx.member.findUniqueOrThrow({
      where: { id: link.memberId },
      select: { status: true, role: true, organizationId: true },
    });
    if (!mayJoinATeam(person)) return refused(409, 'cannotJoin');
    const after = { organizationId: link.organizationId, organizationAdmin: link.organizationAdmin };
    await tx.member.update({ where: { id: link.memberId }, data: after });
    await recordAuditEvent(tx, {
      actorId: link.memberId,
      action: 'member.join_organization',
      subjectType: 'Member',
      subjectId: link.memberId,
      ...changedFields({ organizationId: null, organizationAdmin: false }, after),
      ip: meta.ip,
    });
    if (person.status === 'INVITED') {
      const token = await issueMemberToken(tx, link.memberId, 'INVITATION', now);
      return { ok: true, message: 'joined', data: { next: `/set-password/${token}` } };
    }
    return { ok: true, message: 'joined', data: { next: '/join-team/joined' } };
  });
}

// ─── Changing the team ───────────────────────────────────────────────────────

/**
 * Locks every member of the organisation (in id order, so two changes cannot deadlock) and reads the
 * colleague; counts the other active admins, so two admins giving up the flag at once cannot leave
 * the team without one.
 */
async function lockColleague(tx: Prisma.TransactionClient, organizationId: string, memberId: string) {
  const rows = await tx.$queryRaw<{ id: string; status: string; organizationAdmin: boolean }[]>`
    SELECT "id", "status"::text AS "status", "organizationAdmin" FROM "Member"
    WHERE "organizationId" = ${organizationId}
    ORDER BY "id" FOR UPDATE`;
  const colleague = rows.find((row) => row.id === memberId);
  if (!colleague) return null;
  const otherActiveAdmins = rows.filter(
    (row) => row.id !== memberId && row.organizationAdmin && row.status === 'ACTIVE',
  ).length;
  const person = await tx.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { id: true, name: true, sessionVersion: true, organizationAdmin: true },
  });
  return { person, otherActiveAdmins };
}

/** The shared steps of the team's one-button writes: who, may they, parse, then `change` with the colleague locked. */
async function changeColleague<S extends typeof colleagueSchema | typeof setTeamAdminSchema>(
  viewer: MaybeViewer,
  input: unknown,
  schema: S,
  change: (
    tx: Prisma.TransactionClient,
    values: { asking: Viewer; organization: TeamOrganization; data: ReturnType<S['parse']> },
    found: NonNullable<Awaited<ReturnType<typeof lockColleague>>>,
  ) => Promise<Result>,
): Promise<Result> {
  const asking = await authorize(viewer, input);
  if (!asking.ok) return asking;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data as ReturnType<S['parse']>;
  return db.$transaction(async (tx) => {
    const found = await lockColleague(tx, asking.organization.id, data.memberId);
    // Someone of another team (or nobody) is not for this team's admins to know about.
    if (!found) return missing();
    return change(tx, { asking: asking.viewer, organization: asking.organization, data }, found);
  });
}

/** Whether the last active admin of a team is giving up running it themself (staff may take it away). */
const lastAdminLeaving = (asking: Viewer, memberId: string, otherActiveAdmins: number, organizationId: string) =>
  asking.id === memberId && otherActiveAdmins === 0 && asking.organizationId === organizationId;

/**
 * Removes a colleague from the organisation: their account stays, without an organisation (nor the
 * admin flag), and their sessions end at once, so they lose the organisation's rights now.
 */
export async function removeColleague(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ organizationSlug: string; self: boolean }>> {
  let removed: { organizationSlug: string; self: boolean } | null = null;
  const result = await changeColleague(viewer, input, colleagueSchema, async (tx, { asking, organization }, found) => {
    const { person, otherActiveAdmins } = found;
    if (lastAdminLeaving(asking, person.id, otherActiveAdmins, organization.id)) return refused(409, 'lastAdmin');
    const after = { organizationId: null, organizationAdmin: false, sessionVersion: person.sessionVersion + 1 };
    await tx.member.update({ where: { id: person.id }, data: after });
    // An invitation not yet taken up no longer leads anywhere: it was an invitation to this team.
    await tx.memberToken.updateMany({
      where: { memberId: person.id, purpose: 'INVITATION', usedAt: null },
      data: { usedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actorId: asking.id,
      action: 'member.remove_from_organization',
      subjectType: 'Member',
      subjectId: person.id,
      ...changedFields(
        {
          organizationId: organization.id,
          organizationAdmin: person.organizationAdmin,
          sessionVersion: person.sessionVersion,
        },
        after,
      ),
      ip: meta.ip,
    });
    removed = { organizationSlug: organization.slug, self: person.id === asking.id };
    return { ok: true, message: 'removed', params: { name: person.name } };
  });
  if (!result.ok) return result;
  return removed ? { ...result, data: removed } : missing();
}

/** Makes a colleague an admin of the team, or takes the flag away (not from its last active admin, by themself). */
export async function setTeamAdmin(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  return changeColleague(viewer, input, setTeamAdminSchema, async (tx, { asking, organization, data }, found) => {
    const { person, otherActiveAdmins } = found;
    const organizationAdmin = data.organizationAdmin;
    if (person.organizationAdmin === organizationAdmin) return { ok: true, message: 'noChanges' };
    if (!organizationAdmin && lastAdminLeaving(asking, person.id, otherActiveAdmins, organization.id)) {
      return refused(409, 'lastAdmin');
    }
    await tx.member.update({ where: { id: person.id }, data: { organizationAdmin } });
    await recordAuditEvent(tx, {
      actorId: asking.id,
      action: organizationAdmin ? 'member.grant_organization_admin' : 'member.revoke_organization_admin',
      subjectType: 'Member',
      subjectId: person.id,
      before: { organizationAdmin: person.organizationAdmin },
      after: { organizationAdmin },
      ip: meta.ip,
    });
    return { ok: true, message: organizationAdmin ? 'adminGranted' : 'adminRevoked', params: { name: person.name } };
  });
}

// ─── The organisation's name and type ────────────────────────────────────────

/**
 * Renames an organisation or changes its type. Its address in the directory (the slug) stays, so
 * links and feeds keep working; a name another organisation has (or would have as its address) is
 * refused.
 */
export async function updateOrganizationIdentity(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string }>> {
  const asking = await authorize(viewer, input);
  if (!asking.ok) return asking;
  const parsed = organizationIdentitySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, type } = parsed.data;
  const slug = slugOf(name);
  if (!slug) return fieldRefusal(400, 'name', 'organizationNameInvalid');
  const organizationId = asking.organization.id;

  return db.$transaction(async (tx): Promise<Result<{ slug: string }>> => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { name: true, type: true, slug: true },
    });
    const taken = await tx.organization.findFirst({
      where: {
        id: { not: organizationId },
        OR: [{ slug }, { name: { equals: name, mode: 'insensitive' } }],
      },
      select: { id: true },
    });
    if (taken) return fieldRefusal(409, 'name', 'organizationNameTaken');
    const changes = changedFields({ name: before.name, type: before.type }, { name, type });
    if (Object.keys(changes.after).length === 0) return { ok: true, message: 'noChanges', data: { slug: before.slug } };
    await tx.organization.update({ where: { id: organizationId }, data: { name, type } });
    await recordAuditEvent(tx, {
      actorId: asking.viewer.id,
      action: 'organization.update',
      subjectType: 'Organization',
      subjectId: organizationId,
      ...changes,
      ip: meta.ip,
    });
    return { ok: true, message: 'identitySaved', data: { slug: before.slug } };
  });
}
