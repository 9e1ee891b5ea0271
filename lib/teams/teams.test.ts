import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { resolveViewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { deliveredMail } from '@/lib/testing/mail';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureGeography, uniqueSuffix } from '@/prisma/seed/factories';
import {
  acceptTeamInvitation,
  inviteColleague,
  invitePerson,
  removeColleague,
  setTeamAdmin,
  updateOrganizationIdentity,
} from './mutations';
import { getTeam, getTeamInvitation } from './queries';

const meta = { ip: '203.0.113.9' };
let americas = '';
let africa = '';

beforeAll(async () => {
  await ensureGeography(db);
  americas = (await db.region.findUniqueOrThrow({ where: { slug: 'americas' } })).id;
  africa = (await db.region.findUniqueOrThrow({ where: { slug: 'africa' } })).id;
});

/** An organisation in Colombia (the Americas) with its admin, signed in. */
async function team() {
  const organization = await createOrganization(db, { name: `Team ${uniqueSuffix()}`, countries: ['CO'] });
  const admin = viewerOf(
    await createMember(db, { organizationId: organization.id, organizationAdmin: true, name: 'Ana Admin' }),
  );
  return { organization, admin };
}

const staff = async (role: Role, regionIds: string[] = []): Promise<Viewer> =>
  viewerOf(await createMember(db, { role, coordinatorRegions: [] }), regionIds);

const address = () => `colleague-${uniqueSuffix()}@example.org`;

const eventsAbout = (id: string) =>
  db.auditEvent.findMany({ where: { subjectId: id }, orderBy: { createdAt: 'asc' }, select: { action: true } });

/** What the audit log keeps of an invitation: the account as created. */
const invitationAudit = async (id: string) =>
  (await db.auditEvent.findFirstOrThrow({ where: { subjectId: id, action: 'member.invite' }, select: { after: true } }))
    .after;

describe('inviting a colleague', () => {
  it('lets an organisation admin invite a new person, who is mailed a set-password link', async () => {
    const { organization, admin } = await team();
    const email = address();
    const result = await inviteColleague(
      admin,
      { organizationId: organization.id, name: ' Bea  Colleague ', email: email.toUpperCase() },
      meta,
    );
    expect(result).toMatchObject({ ok: true, message: 'invitationSent' });
    const invited = await db.member.findUniqueOrThrow({ where: { email } });
    expect(invited).toMatchObject({
      name: 'Bea Colleague',
      role: 'MEMBER',
      status: 'INVITED',
      organizationId: organization.id,
      organizationAdmin: false,
    });
    expect(await eventsAbout(invited.id)).toEqual([{ action: 'member.invite' }]);
    expect(await invitationAudit(invited.id)).toEqual({
      email,
      name: 'Bea Colleague',
      role: 'MEMBER',
      status: 'INVITED',
      organizationId: organization.id,
      organizationAdmin: false,
    });
    const [mail] = await deliveredMail(email);
    expect(mail?.text).toContain(organization.name);
    expect(mail?.text).toMatch(/\/set-password\/[A-Za-z0-9_-]{20,}/);
  });

  it('refuses ordinary colleagues, admins of other organisations and staff of other regions, changing nothing', async () => {
    const { organization } = await team();
    const colleague = viewerOf(await createMember(db, { organizationId: organization.id }));
    const other = await team();
    const coordinatorElsewhere = await staff('COORDINATOR', [africa]);
    for (const viewer of [colleague, other.admin, coordinatorElsewhere]) {
      const email = address();
      const result = await inviteColleague(viewer, { organizationId: organization.id, name: 'X', email }, meta);
      expect(result).toMatchObject({ ok: false, status: 403 });
      expect(await db.member.findUnique({ where: { email } })).toBeNull();
    }
    expect(await inviteColleague(null, { organizationId: organization.id }, meta)).toMatchObject({ status: 401 });
    // Staff of the region may.
    const coordinator = await staff('COORDINATOR', [americas]);
    const email = address();
    expect(
      await inviteColleague(coordinator, { organizationId: organization.id, name: 'Y', email }, meta),
    ).toMatchObject({ ok: true });
  });

  it("tells a team's admin nothing about an address that has an account, and asks an account without a team", async () => {
    const { organization, admin } = await team();
    const other = await team();
    const invite = (email: string) =>
      inviteColleague(admin, { organizationId: organization.id, name: 'Zoe Typed', email }, meta);
    // What a new address gets: the answer every other address must get too.
    const fresh = address();
    const answer = await invite(fresh);
    expect(answer).toMatchObject({ ok: true, message: 'invitationSent', params: { email: fresh } });
    const sameAnswer = (email: string) => ({ ...answer, data: { email }, params: { email } });

    // Another organisation's, a suspended, a staff account: the same answer, nothing changed, no mail.
    const elsewhere = await createMember(db, { organizationId: other.organization.id });
    const suspended = await createMember(db, { status: 'SUSPENDED' });
    const coordinator = await createMember(db, { role: 'COORDINATOR' });
    for (const person of [elsewhere, suspended, coordinator]) {
      expect(await invite(person.email)).toEqual(sameAnswer(person.email));
      const after = await db.member.findUniqueOrThrow({ where: { id: person.id } });
      expect(after.organizationId).toBe(person.organizationId);
      expect(await deliveredMail(person.email)).toEqual([]);
      expect(await db.memberToken.count({ where: { memberId: person.id } })).toBe(0);
    }

    // One of the team: its admin sees them on the team's page anyway.
    const same = await createMember(db, { organizationId: organization.id });
    expect(await invite(same.email)).toMatchObject({ status: 409, fieldErrors: { email: ['alreadyInTeam'] } });

    // An account without an organisation: the same answer, still outside the team, and a link to join.
    const loner = await createMember(db, { name: 'Lone Person', password: 'a long passphrase here' });
    expect(await invite(loner.email)).toEqual(sameAnswer(loner.email));
    expect((await db.member.findUniqueOrThrow({ where: { id: loner.id } })).organizationId).toBeNull();
    const [mail] = await deliveredMail(loner.email);
    expect(mail?.subject).toContain(organization.name);
    expect(mail?.text).toContain('Dear Lone Person');
    expect(mail?.text).toMatch(/\/join-team\/[\w-]{40,}/);
    expect(await eventsAbout(loner.id)).toEqual([{ action: 'member.team_invitation' }]);
  });

  it('lets staff add an account without an organisation at once, and tells them why another is refused', async () => {
    const { organization } = await team();
    const other = await team();
    const coordinator = await staff('COORDINATOR', [americas]);
    const invite = (email: string) =>
      inviteColleague(coordinator, { organizationId: organization.id, name: 'Z', email }, meta);
    const elsewhere = await createMember(db, { organizationId: other.organization.id });
    const result = await invite(elsewhere.email);
    expect(result).toMatchObject({ ok: false, status: 409, fieldErrors: { email: ['inAnotherOrganization'] } });
    expect(JSON.stringify(result)).not.toContain(other.organization.name);
    for (const input of [{ status: 'SUSPENDED' as const }, { role: 'COORDINATOR' as const }]) {
      const person = await createMember(db, input);
      expect(await invite(person.email)).toMatchObject({ status: 409, fieldErrors: { email: ['cannotInvite'] } });
    }
    const loner = await createMember(db, { name: 'Lone Person', password: 'a long passphrase here' });
    expect(await invite(loner.email)).toMatchObject({ ok: true, message: 'added' });
    expect(await db.member.findUniqueOrThrow({ where: { id: loner.id } })).toMatchObject({
      organizationId: organization.id,
      status: 'ACTIVE',
    });
    const [mail] = await deliveredMail(loner.email);
    expect(mail?.text).toContain('/sign-in');
  });

  it('refuses bad input beside its field', async () => {
    const { organization, admin } = await team();
    const result = await inviteColleague(
      admin,
      { organizationId: organization.id, name: '  ', email: 'not an address' },
      meta,
    );
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { name: ['nameRequired'] } });
    expect(result.ok ? [] : result.fieldErrors?.email).toEqual(['emailInvalid']);
  });
});

describe('joining a team when asked', () => {
  /** An account without an organisation, invited by a team's admin: the token of the link it is mailed. */
  async function invitedLoner(input: Parameters<typeof createMember>[1] = {}, organizationAdmin = false) {
    const { organization, admin } = await team();
    const person = await createMember(db, { name: 'Lone Person', ...input });
    const invitation = { organizationId: organization.id, name: 'Z', email: person.email, organizationAdmin };
    await inviteColleague(admin, organizationAdmin ? { ...invitation, organizationAdmin: 'yes' } : invitation, meta);
    const [mail] = await deliveredMail(person.email);
    const token = /\/join-team\/([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    return { organization, person, token };
  }

  it('joins the team named by the link, once, and records who joined', async () => {
    const { organization, person, token } = await invitedLoner({ password: 'a long passphrase here' }, true);
    expect(await getTeamInvitation(token)).toEqual({
      name: 'Lone Person',
      email: person.email,
      organization: organization.name,
    });
    const result = await acceptTeamInvitation({ token }, meta);
    expect(result).toEqual({ ok: true, message: 'joined', data: { next: '/join-team/joined' } });
    expect(await db.member.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      organizationId: organization.id,
      organizationAdmin: true,
      status: 'ACTIVE',
    });
    const joined = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: person.id, action: 'member.join_organization' },
    });
    expect(joined).toMatchObject({ actorId: person.id, after: { organizationId: organization.id } });
    // The link is used up.
    expect(await getTeamInvitation(token)).toBeNull();
    expect(await acceptTeamInvitation({ token }, meta)).toMatchObject({ ok: false, message: 'joinLinkInvalid' });
  });

  it('sends an account that never chose a password on to choose one', async () => {
    const { organization, person, token } = await invitedLoner({ status: 'INVITED' });
    const result = await acceptTeamInvitation({ token }, meta);
    expect(result.ok ? result.data.next : '').toMatch(/^\/set-password\/[\w-]{40,}$/);
    expect((await db.member.findUniqueOrThrow({ where: { id: person.id } })).organizationId).toBe(organization.id);
  });

  it('refuses an account that joined another organisation since, and an unknown link', async () => {
    const { person, token } = await invitedLoner();
    const other = await team();
    await db.member.update({ where: { id: person.id }, data: { organizationId: other.organization.id } });
    expect(await acceptTeamInvitation({ token }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'cannotJoin',
    });
    expect((await db.member.findUniqueOrThrow({ where: { id: person.id } })).organizationId).toBe(
      other.organization.id,
    );
    for (const input of [{ token: 'no-such-token' }, { token: 'x'.repeat(500) }, {}, { token: ['a', 'b'] }]) {
      const refused = await acceptTeamInvitation(input, meta);
      expect(refused.ok).toBe(false);
      expect(refused.ok ? 0 : refused.status).toBeLessThan(500);
    }
  });
});

describe('changing the team', () => {
  it('removes a colleague: the account stays, detached, and its sessions end at once', async () => {
    const { organization, admin } = await team();
    const colleague = await createMember(db, { organizationId: organization.id, organizationAdmin: true });
    expect(await resolveViewer(colleague.id, colleague.sessionVersion)).toMatchObject({
      organizationId: organization.id,
      organizationAdmin: true,
    });
    const result = await removeColleague(admin, { organizationId: organization.id, memberId: colleague.id }, meta);
    expect(result).toMatchObject({ ok: true, message: 'removed' });
    const after = await db.member.findUniqueOrThrow({ where: { id: colleague.id } });
    expect(after).toMatchObject({ organizationId: null, organizationAdmin: false, status: 'ACTIVE' });
    expect(after.sessionVersion).toBe(colleague.sessionVersion + 1);
    expect(await resolveViewer(colleague.id, colleague.sessionVersion)).toBeNull();
    expect(await eventsAbout(colleague.id)).toEqual([{ action: 'member.remove_from_organization' }]);
  });

  it('ends the invitation of a colleague removed before they took it up', async () => {
    const { organization, admin } = await team();
    const email = address();
    await inviteColleague(admin, { organizationId: organization.id, name: 'Soon Gone', email }, meta);
    const invited = await db.member.findUniqueOrThrow({ where: { email } });
    const input = { organizationId: organization.id, memberId: invited.id };
    expect(await removeColleague(admin, input, meta)).toMatchObject({ ok: true });
    expect(await db.memberToken.count({ where: { memberId: invited.id, usedAt: null } })).toBe(0);
  });

  it("never touches someone of another team, and keeps the team's last admin", async () => {
    const { organization, admin } = await team();
    const other = await team();
    const stranger = await createMember(db, { organizationId: other.organization.id });
    expect(
      await removeColleague(admin, { organizationId: organization.id, memberId: stranger.id }, meta),
    ).toMatchObject({ status: 404 });
    expect(
      await removeColleague(admin, { organizationId: other.organization.id, memberId: stranger.id }, meta),
    ).toMatchObject({ status: 403 });
    expect((await db.member.findUniqueOrThrow({ where: { id: stranger.id } })).organizationId).toBe(
      other.organization.id,
    );

    const self = { organizationId: organization.id, memberId: admin.id };
    expect(await removeColleague(admin, self, meta)).toMatchObject({ status: 409, message: 'lastAdmin' });
    expect(await setTeamAdmin(admin, { ...self, organizationAdmin: 'false' }, meta)).toMatchObject({
      status: 409,
      message: 'lastAdmin',
    });

    // With a second active admin, the first may step down, or leave.
    const colleague = await createMember(db, { organizationId: organization.id });
    const grant = { organizationId: organization.id, memberId: colleague.id, organizationAdmin: 'true' };
    expect(await setTeamAdmin(admin, grant, meta)).toMatchObject({ ok: true, message: 'adminGranted' });
    // The flag counts on the colleague's very next request.
    expect(await resolveViewer(colleague.id, colleague.sessionVersion)).toMatchObject({ organizationAdmin: true });
    expect(await setTeamAdmin(admin, { ...self, organizationAdmin: 'false' }, meta)).toMatchObject({
      ok: true,
      message: 'adminRevoked',
    });
    expect(await resolveViewer(admin.id, 0)).toMatchObject({ organizationAdmin: false });
    expect(await eventsAbout(colleague.id)).toEqual([{ action: 'member.grant_organization_admin' }]);
  });

  it('lets staff of its regions take the flag from the last admin, and refuses those of other regions', async () => {
    const { organization, admin } = await team();
    const input = { organizationId: organization.id, memberId: admin.id, organizationAdmin: 'false' };
    expect(await setTeamAdmin(await staff('COORDINATOR', [africa]), input, meta)).toMatchObject({ status: 403 });
    expect(await setTeamAdmin(await staff('COORDINATOR', [americas]), input, meta)).toMatchObject({ ok: true });
  });
});

describe("the organisation's name and type", () => {
  it('lets its admin change them (audited) but not to another organisation’s name; its address stays', async () => {
    const { organization, admin } = await team();
    const name = `Renamed Team ${uniqueSuffix()}`;
    const input = { organizationId: organization.id, name, type: 'ACADEMIC' };
    expect(await updateOrganizationIdentity(admin, input, meta)).toMatchObject({ ok: true, message: 'identitySaved' });
    expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
      name,
      type: 'ACADEMIC',
      slug: organization.slug,
    });
    expect(await eventsAbout(organization.id)).toEqual([{ action: 'organization.update' }]);

    const other = await team();
    expect(
      await updateOrganizationIdentity(admin, { ...input, name: other.organization.name.toUpperCase() }, meta),
    ).toMatchObject({ status: 409, fieldErrors: { name: ['organizationNameTaken'] } });
    const colleague = viewerOf(await createMember(db, { organizationId: organization.id }));
    expect(await updateOrganizationIdentity(colleague, { ...input, name: 'Taken Over' }, meta)).toMatchObject({
      status: 403,
    });
  });
});

describe('the team page', () => {
  it('lists the team to its admins and staff of its regions only', async () => {
    const { organization, admin } = await team();
    await createMember(db, { organizationId: organization.id, name: 'Bea Colleague' });
    const own = await getTeam(admin);
    expect(own.ok && own.data.colleagues.map((colleague) => colleague.name)).toEqual(['Ana Admin', 'Bea Colleague']);
    expect(await getTeam(await staff('ADMIN'), organization.slug)).toMatchObject({ ok: true });
    const colleague = viewerOf(await createMember(db, { organizationId: organization.id }));
    expect(await getTeam(colleague)).toMatchObject({ status: 403 });
    expect(await getTeam(await staff('COORDINATOR', [africa]), organization.slug)).toMatchObject({ status: 403 });
    expect(await getTeam(await staff('ADMIN'))).toMatchObject({ status: 404, message: 'noOrganization' });
  });
});

describe('staff inviting a person directly', () => {
  it('invites to an organisation of their regions only, and as staff for admins only', async () => {
    const { organization } = await team();
    const coordinator = await staff('COORDINATOR', [americas]);
    const email = address();
    const toTeam = { name: 'New Person', email, role: 'MEMBER', organization: `/directory/${organization.slug}` };
    expect(await invitePerson(coordinator, { ...toTeam, organizationAdmin: 'yes' }, meta)).toMatchObject({
      ok: true,
      message: 'invited',
    });
    expect(await db.member.findUniqueOrThrow({ where: { email } })).toMatchObject({
      organizationId: organization.id,
      organizationAdmin: true,
    });

    const elsewhere = await staff('COORDINATOR', [africa]);
    expect(await invitePerson(elsewhere, { ...toTeam, email: address() }, meta)).toMatchObject({ status: 403 });
    expect(await invitePerson(coordinator, { ...toTeam, organization: 'no-such-organisation' }, meta)).toMatchObject({
      status: 404,
      fieldErrors: { organization: ['organizationUnknown'] },
    });
    const asStaff = { name: 'New Staff', email: address(), role: 'COORDINATOR', regions: ['africa'] };
    expect(await invitePerson(coordinator, asStaff, meta)).toMatchObject({ status: 403 });
    const member = viewerOf(await createMember(db, { organizationId: organization.id, organizationAdmin: true }));
    expect(await invitePerson(member, toTeam, meta)).toMatchObject({ status: 403 });
    expect(await db.member.findUnique({ where: { email: asStaff.email } })).toBeNull();

    expect(await invitePerson(await staff('ADMIN'), asStaff, meta)).toMatchObject({ ok: true, message: 'invited' });
    const { id, ...invited } = await db.member.findUniqueOrThrow({
      where: { email: asStaff.email },
      select: {
        id: true,
        role: true,
        status: true,
        organizationId: true,
        coordinatorRegions: { select: { slug: true } },
      },
    });
    expect(invited).toEqual({
      role: 'COORDINATOR',
      status: 'INVITED',
      organizationId: null,
      coordinatorRegions: [{ slug: 'africa' }],
    });
    expect(await invitationAudit(id)).toEqual({
      email: asStaff.email,
      name: 'New Staff',
      role: 'COORDINATOR',
      status: 'INVITED',
      organizationId: null,
      organizationAdmin: false,
      coordinatorRegionIds: [africa],
    });
    const [mail] = await deliveredMail(asStaff.email);
    expect(mail?.text).toContain('coordinator');
  });
});
