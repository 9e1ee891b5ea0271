import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { resolveViewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { viewerOf } from '@/lib/testing/viewers';
import type { Role } from '@/lib/generated/prisma/enums';
import { createMember, ensureGeography, uniqueSuffix, type MemberInput } from '@/prisma/seed/factories';
import { changeRole, endSessions, reactivateMember, resetSecondFactor, suspendMember } from './mutations';
import { getPerson, listPeople } from './queries';
import { parsePeopleFilters } from './schemas';

const meta = { ip: '203.0.113.7' };

beforeAll(async () => {
  await ensureGeography(db);
});

/** A viewer as getViewer builds it, for a member row. */
async function signedIn(role: Role, input: MemberInput = {}): Promise<Viewer> {
  return viewerOf(await createMember(db, { ...input, role }));
}

/** Everything a write could change on a person, to compare before and after a refusal. */
const snapshot = (id: string) =>
  db.member.findUniqueOrThrow({
    where: { id },
    select: {
      role: true,
      status: true,
      sessionVersion: true,
      updatedAt: true,
      coordinatorRegions: { orderBy: { slug: 'asc' }, select: { slug: true } },
    },
  });

const eventsAbout = (id: string) =>
  db.auditEvent.findMany({ where: { subjectType: 'Member', subjectId: id }, orderBy: { createdAt: 'asc' } });

const writes = { changeRole, suspendMember, reactivateMember, endSessions, resetSecondFactor };
const inputFor = (write: keyof typeof writes, memberId: string) =>
  write === 'changeRole' ? { memberId, role: 'ADMIN', regions: [] } : { memberId };

/** The person with a second factor set up (and two recovery codes), as if through the form. */
async function withSecondFactor<T extends { id: string }>(person: T): Promise<T> {
  await db.member.update({
    where: { id: person.id },
    data: {
      totpSecret: 'v1.stored.secret.here',
      totpEnabledAt: new Date(),
      recoveryCodes: { create: [{ codeHash: `a-${person.id}` }, { codeHash: `b-${person.id}` }] },
    },
  });
  return person;
}

describe('listing people', () => {
  it('searches names and emails, filters by role and status, 50 a page', async () => {
    const admin = await signedIn('ADMIN');
    const token = uniqueSuffix();
    const ana = await createMember(db, {
      name: `Ana Quispe ${token}`,
      email: `ana-${token}@example.org`,
      role: 'COORDINATOR',
    });
    const ben = await createMember(db, {
      name: `Ben Ochieng ${token}`,
      email: `ben-${token}@example.net`,
      status: 'SUSPENDED',
    });

    const byName = await listPeople(admin, parsePeopleFilters({ q: `ana quispe ${token}` }));
    expect(byName.ok && byName.data.items.map((person) => person.id)).toEqual([ana.id]);

    const byEmail = await listPeople(admin, parsePeopleFilters({ q: `${token}@EXAMPLE.NET` }));
    expect(byEmail.ok && byEmail.data.items.map((person) => person.email)).toEqual([ben.email]);

    const both = await listPeople(admin, parsePeopleFilters({ q: token }));
    expect(both.ok && both.data.items.map((person) => person.name)).toEqual([ana.name, ben.name]);
    const coordinators = await listPeople(admin, parsePeopleFilters({ q: token, role: 'COORDINATOR' }));
    expect(coordinators.ok && coordinators.data.items.map((person) => person.id)).toEqual([ana.id]);
    const suspended = await listPeople(admin, parsePeopleFilters({ q: token, status: 'SUSPENDED' }));
    expect(suspended.ok && suspended.data.items.map((person) => person.id)).toEqual([ben.id]);
    // Unknown values are ignored rather than failing.
    const ignored = await listPeople(admin, parsePeopleFilters({ q: token, role: 'OWNER', status: 'x', page: 'two' }));
    expect(ignored.ok && ignored.data.total).toBe(2);

    const crowd = `crowd-${uniqueSuffix()}`;
    for (let index = 0; index < 51; index += 1) {
      await createMember(db, { name: `${crowd} ${String(index).padStart(2, '0')}` });
    }
    const first = await listPeople(admin, parsePeopleFilters({ q: crowd }));
    const second = await listPeople(admin, parsePeopleFilters({ q: crowd, page: '2' }));
    expect(first.ok && [first.data.items.length, first.data.total, first.data.pageCount]).toEqual([50, 51, 2]);
    expect(second.ok && second.data.items.map((person) => person.name)).toEqual([`${crowd} 50`]);
  });

  it('is refused to coordinators and members (403) and visitors (401)', async () => {
    const filters = parsePeopleFilters({});
    expect(await listPeople(await signedIn('COORDINATOR'), filters)).toMatchObject({ ok: false, status: 403 });
    expect(await listPeople(await signedIn('MEMBER'), filters)).toMatchObject({ ok: false, status: 403 });
    expect(await listPeople(null, filters)).toMatchObject({ ok: false, status: 401 });
  });

  it('shows one person, says whether the viewer may change them (never their own record), 404 if unknown', async () => {
    const admin = await signedIn('ADMIN');
    const person = await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['europe', 'americas'] });
    const shown = await getPerson(admin, person.id);
    expect(shown).toMatchObject({ ok: true, data: { id: person.id, email: person.email, canManage: true } });
    expect(shown.ok && shown.data.coordinatorRegions.map((region) => region.slug)).toEqual(['americas', 'europe']);
    expect(await getPerson(admin, admin.id)).toMatchObject({ ok: true, data: { canManage: false } });
    expect(await getPerson(admin, 'no-such-person')).toMatchObject({ ok: false, status: 404 });
    expect(await getPerson(await signedIn('COORDINATOR'), person.id)).toMatchObject({ ok: false, status: 403 });
    expect(await getPerson(null, person.id)).toMatchObject({ ok: false, status: 401 });
  });
});

describe('changing a role', () => {
  it('lowering a role ends the sessions and records role and regions before and after', async () => {
    const admin = await signedIn('ADMIN');
    const person = await createMember(db, { role: 'ADMIN' });

    const result = await changeRole(
      admin,
      { memberId: person.id, role: 'COORDINATOR', regions: ['europe', 'americas'] },
      meta,
    );
    expect(result).toEqual({ ok: true, message: 'roleLowered' });

    const after = await snapshot(person.id);
    expect(after).toMatchObject({ role: 'COORDINATOR', status: 'ACTIVE', sessionVersion: 1 });
    expect(after.coordinatorRegions.map((region) => region.slug)).toEqual(['americas', 'europe']);
    expect(await resolveViewer(person.id, 0)).toBeNull();

    const events = await eventsAbout(person.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'member.change_role',
      subjectType: 'Member',
      actorId: admin.id,
      ip: meta.ip,
      before: { role: 'ADMIN', regions: [] },
      after: { role: 'COORDINATOR', regions: ['americas', 'europe'] },
    });

    // Down again to member: the regions go, the sessions end again.
    expect(await changeRole(admin, { memberId: person.id, role: 'MEMBER', regions: ['africa'] }, meta)).toMatchObject({
      ok: true,
    });
    expect(await snapshot(person.id)).toMatchObject({ role: 'MEMBER', sessionVersion: 2, coordinatorRegions: [] });
    expect((await eventsAbout(person.id))[1]).toMatchObject({
      before: { role: 'COORDINATOR', regions: ['americas', 'europe'] },
      after: { role: 'MEMBER', regions: [] },
    });
  });

  it('raising a role or changing only the regions keeps the sessions; no change records nothing', async () => {
    const admin = await signedIn('ADMIN');
    // With a second factor already: staff without one have no session until they set it up.
    const person = await withSecondFactor(await createMember(db));

    expect(await changeRole(admin, { memberId: person.id, role: 'COORDINATOR', regions: ['africa'] }, meta)).toEqual({
      ok: true,
      message: 'roleChanged',
    });
    expect(await snapshot(person.id)).toMatchObject({ role: 'COORDINATOR', sessionVersion: 0 });
    expect(await resolveViewer(person.id, 0)).toMatchObject({ role: 'COORDINATOR' });

    expect(
      await changeRole(admin, { memberId: person.id, role: 'COORDINATOR', regions: ['asia-pacific'] }, meta),
    ).toMatchObject({
      ok: true,
    });
    const events = await eventsAbout(person.id);
    expect(events).toHaveLength(2);
    // Only the field that changed is recorded.
    expect(events[1]).toMatchObject({ before: { regions: ['africa'] }, after: { regions: ['asia-pacific'] } });

    expect(
      await changeRole(admin, { memberId: person.id, role: 'COORDINATOR', regions: ['asia-pacific'] }, meta),
    ).toEqual({
      ok: true,
      message: 'noChanges',
    });
    expect(await eventsAbout(person.id)).toHaveLength(2);
  });

  it('refuses an unknown role or region beside the field, and changes nothing', async () => {
    const admin = await signedIn('ADMIN');
    const person = await createMember(db);
    const before = await snapshot(person.id);
    expect(await changeRole(admin, { memberId: person.id, role: 'OWNER', regions: [] }, meta)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { role: ['roleRequired'] },
    });
    expect(
      await changeRole(admin, { memberId: person.id, role: 'COORDINATOR', regions: ['atlantis'] }, meta),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { regions: ['regionUnknown'] },
    });
    expect(await changeRole(admin, { memberId: 'no-such-person', role: 'ADMIN', regions: [] }, meta)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await snapshot(person.id)).toEqual(before);
    expect(await eventsAbout(person.id)).toHaveLength(0);
  });
});

describe('suspending, reactivating and ending sessions', () => {
  it('suspending ends the sessions at once; reactivating lets the person sign in again', async () => {
    const admin = await signedIn('ADMIN');
    const person = await createMember(db);

    expect(await suspendMember(admin, { memberId: person.id }, meta)).toEqual({ ok: true, message: 'suspended' });
    expect(await snapshot(person.id)).toMatchObject({ status: 'SUSPENDED', sessionVersion: 1 });
    expect(await resolveViewer(person.id, 0)).toBeNull();
    expect(await suspendMember(admin, { memberId: person.id }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'alreadySuspended',
    });

    expect(await reactivateMember(admin, { memberId: person.id }, meta)).toEqual({ ok: true, message: 'reactivated' });
    expect(await snapshot(person.id)).toMatchObject({ status: 'ACTIVE', sessionVersion: 1 });
    // The old session stays ended: the person signs in again.
    expect(await resolveViewer(person.id, 0)).toBeNull();
    expect(await resolveViewer(person.id, 1)).toMatchObject({ id: person.id });
    expect(await reactivateMember(admin, { memberId: person.id }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'notSuspended',
    });

    const events = await eventsAbout(person.id);
    expect(events.map((event) => event.action)).toEqual(['member.suspend', 'member.reactivate']);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      ip: meta.ip,
      before: { status: 'ACTIVE', sessionVersion: 0 },
      after: { status: 'SUSPENDED', sessionVersion: 1 },
    });
    expect(events[1]).toMatchObject({ before: { status: 'SUSPENDED' }, after: { status: 'ACTIVE' } });
  });

  it('ending sessions signs the person out everywhere and is recorded', async () => {
    const admin = await signedIn('ADMIN');
    const person = await withSecondFactor(await createMember(db, { role: 'COORDINATOR' }));
    expect(await resolveViewer(person.id, 0)).not.toBeNull();

    expect(await endSessions(admin, { memberId: person.id }, meta)).toEqual({ ok: true, message: 'sessionsEnded' });
    expect(await snapshot(person.id)).toMatchObject({ role: 'COORDINATOR', status: 'ACTIVE', sessionVersion: 1 });
    expect(await resolveViewer(person.id, 0)).toBeNull();
    expect(await eventsAbout(person.id)).toMatchObject([
      {
        action: 'member.end_sessions',
        actorId: admin.id,
        ip: meta.ip,
        before: { sessionVersion: 0 },
        after: { sessionVersion: 1 },
      },
    ]);
  });
});

describe('resetting a second factor', () => {
  it('removes the secret and the codes, ends every session, and is recorded; twice is refused', async () => {
    const admin = await signedIn('ADMIN');
    const person = await withSecondFactor(await createMember(db, { role: 'COORDINATOR' }));
    expect(await resolveViewer(person.id, 0)).not.toBeNull();

    expect(await resetSecondFactor(admin, { memberId: person.id }, meta)).toEqual({
      ok: true,
      message: 'secondFactorReset',
    });
    const after = await db.member.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, sessionVersion: 1 });
    expect(await db.recoveryCode.count({ where: { memberId: person.id } })).toBe(0);
    // Signed out, and a coordinator has no session again until they set a new one up.
    expect(await resolveViewer(person.id, 0)).toBeNull();
    expect(await resolveViewer(person.id, 1)).toBeNull();
    expect(await eventsAbout(person.id)).toMatchObject([
      {
        action: 'member.reset_second_factor',
        actorId: admin.id,
        ip: meta.ip,
        before: { secondFactor: true, sessionVersion: 0 },
        after: { secondFactor: false, sessionVersion: 1 },
      },
    ]);
    expect(await resetSecondFactor(admin, { memberId: person.id }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'noSecondFactor',
    });
  });
});

describe('who may change people', () => {
  for (const write of Object.keys(writes) as (keyof typeof writes)[]) {
    it(`${write}: coordinators and members get 403, visitors 401, an admin acting on themself 403; nothing changes`, async () => {
      const person = await createMember(db, { status: write === 'reactivateMember' ? 'SUSPENDED' : 'ACTIVE' });
      const before = await snapshot(person.id);
      const run = writes[write];

      for (const role of ['COORDINATOR', 'MEMBER'] as const) {
        expect(await run(await signedIn(role), inputFor(write, person.id), meta)).toMatchObject({
          ok: false,
          status: 403,
        });
      }
      expect(await run(null, inputFor(write, person.id), meta)).toMatchObject({ ok: false, status: 401 });
      // A coordinator is refused before the input is even read.
      expect(await run(await signedIn('COORDINATOR'), { nonsense: true }, meta)).toMatchObject({
        ok: false,
        status: 403,
      });

      const admin = await createMember(db, {
        role: 'ADMIN',
        status: write === 'reactivateMember' ? 'SUSPENDED' : 'ACTIVE',
      });
      const adminBefore = await snapshot(admin.id);
      expect(await run(viewerOf(admin), inputFor(write, admin.id), meta)).toMatchObject({ ok: false, status: 403 });

      expect(await snapshot(person.id)).toEqual(before);
      expect(await snapshot(admin.id)).toEqual(adminBefore);
      expect(await eventsAbout(person.id)).toHaveLength(0);
      expect(await eventsAbout(admin.id)).toHaveLength(0);
    });
  }
});

describe('the last active admin', () => {
  it('cannot be demoted or suspended; once there is a second admin, they can be', async () => {
    const last = await createMember(db, { role: 'ADMIN' });
    // Every other admin in this test database stops being an active admin.
    await db.member.updateMany({ where: { role: 'ADMIN', id: { not: last.id } }, data: { status: 'SUSPENDED' } });
    // The acting admin was suspended a moment ago (their request was already under way), so `last`
    // is the only active admin left.
    const acting = await createMember(db, { role: 'ADMIN', status: 'SUSPENDED' });
    const before = await snapshot(last.id);

    for (const role of ['COORDINATOR', 'MEMBER'] as const) {
      expect(await changeRole(viewerOf(acting), { memberId: last.id, role, regions: [] }, meta)).toEqual({
        ok: false,
        status: 409,
        message: 'lastActiveAdmin',
      });
    }
    expect(await suspendMember(viewerOf(acting), { memberId: last.id }, meta)).toMatchObject({
      status: 409,
      message: 'lastActiveAdmin',
    });
    // Ending their sessions leaves them an admin, so it is allowed.
    expect(await endSessions(viewerOf(acting), { memberId: last.id }, meta)).toMatchObject({ ok: true });
    expect(await snapshot(last.id)).toMatchObject({
      role: 'ADMIN',
      status: 'ACTIVE',
      sessionVersion: before.sessionVersion + 1,
    });
    expect((await eventsAbout(last.id)).map((event) => event.action)).toEqual(['member.end_sessions']);

    const second = await createMember(db, { role: 'ADMIN' });
    expect(
      await changeRole(viewerOf(second), { memberId: last.id, role: 'COORDINATOR', regions: [] }, meta),
    ).toMatchObject({
      ok: true,
      message: 'roleLowered',
    });
    expect(await snapshot(last.id)).toMatchObject({ role: 'COORDINATOR' });
  });

  it('two admins demoting each other at the same moment leave one admin', async () => {
    await db.member.updateMany({ where: { role: 'ADMIN' }, data: { status: 'SUSPENDED' } });
    const one = await createMember(db, { role: 'ADMIN' });
    const two = await createMember(db, { role: 'ADMIN' });
    const results = await Promise.all([
      changeRole(viewerOf(one), { memberId: two.id, role: 'MEMBER', regions: [] }, meta),
      changeRole(viewerOf(two), { memberId: one.id, role: 'MEMBER', regions: [] }, meta),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ status: 409, message: 'lastActiveAdmin' }]);
    expect(await db.member.count({ where: { role: 'ADMIN', status: 'ACTIVE' } })).toBe(1);
  });
});
