import { describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { endSessions, suspendMember } from '@/lib/people/mutations';
import { createMember, createOrganization, uniqueSuffix } from '@/prisma/seed/factories';
import { auditChanges, listAuditActions, listAuditEvents, listAuditSubjectTypes } from './queries';
import { recordAuditEvent } from './record';
import { parseAuditFilters } from './schemas';

const meta = { ip: '198.51.100.4' };

async function signedIn(role: Role, email?: string): Promise<Viewer> {
  const member = await createMember(db, { role, email });
  return {
    id: member.id,
    role: member.role,
    organizationId: member.organizationId,
    organizationAdmin: false,
    coordinatorRegionIds: [],
  };
}

async function recordAt(createdAt: Date, entry: Parameters<typeof recordAuditEvent>[1]) {
  await db.$transaction((tx) => recordAuditEvent(tx, entry));
  // recordAuditEvent stamps the time of writing; move the event to the day the test needs.
  const event = await db.auditEvent.findFirstOrThrow({
    where: { subjectId: entry.subjectId },
    orderBy: { createdAt: 'desc' },
  });
  await db.auditEvent.update({ where: { id: event.id }, data: { createdAt } });
  return event.id;
}

describe('the audit log', () => {
  it('lists events newest first with actor and changes, filtered by action, actor and record', async () => {
    const token = uniqueSuffix();
    const admin = await signedIn('ADMIN', `auditor-${token}@example.org`);
    const person = await createMember(db, { name: `Audited ${token}` });

    expect(await suspendMember(admin, { memberId: person.id }, meta)).toMatchObject({ ok: true });
    expect(await endSessions(admin, { memberId: person.id }, meta)).toMatchObject({ ok: true });

    const byActor = await listAuditEvents(admin, parseAuditFilters({ actor: `AUDITOR-${token}` }));
    expect(byActor.ok).toBe(true);
    if (!byActor.ok) return;
    expect(byActor.data.items.map((event) => event.action)).toEqual(['member.end_sessions', 'member.suspend']);
    expect(byActor.data.items[1]).toMatchObject({
      subjectType: 'Member',
      subjectId: person.id,
      ip: meta.ip,
      actor: { id: admin.id, email: `auditor-${token}@example.org` },
      changes: [
        { field: 'status', before: 'ACTIVE', after: 'SUSPENDED' },
        { field: 'sessionVersion', before: 0, after: 1 },
      ],
    });

    const suspensions = await listAuditEvents(admin, parseAuditFilters({ action: 'member.suspend', actor: token }));
    expect(suspensions.ok && suspensions.data.items.map((event) => event.subjectId)).toEqual([person.id]);

    const aboutPerson = await listAuditEvents(
      admin,
      parseAuditFilters({ subjectType: 'Member', subjectId: person.id }),
    );
    expect(aboutPerson.ok && aboutPerson.data.total).toBe(2);

    const actions = await listAuditActions(admin);
    expect(actions.ok && actions.data).toEqual(expect.arrayContaining(['member.end_sessions', 'member.suspend']));
    expect(actions.ok && [...actions.data].sort()).toEqual(actions.ok && actions.data);
  });

  it('shows events without an actor, and filters by subject type and by day (inclusive)', async () => {
    const admin = await signedIn('ADMIN');
    const subjectId = `org-${uniqueSuffix()}`;
    const day = (iso: string) => new Date(iso);
    await recordAt(day('2025-03-01T23:59:00Z'), {
      actorId: null,
      action: 'test.visitor_event',
      subjectType: 'Organization',
      subjectId,
    });
    await recordAt(day('2025-03-02T00:00:00Z'), {
      actorId: null,
      action: 'test.visitor_event',
      subjectType: 'Organization',
      subjectId,
      before: { themes: ['a'], website: null },
      after: { themes: ['a', 'b'], website: 'https://example.org' },
    });
    await recordAt(day('2025-03-03T12:00:00Z'), {
      actorId: null,
      action: 'test.visitor_event',
      subjectType: 'Organization',
      subjectId,
    });

    const all = await listAuditEvents(admin, parseAuditFilters({ subjectType: 'Organization', subjectId }));
    expect(all.ok && all.data.items.map((event) => event.createdAt.toISOString())).toEqual([
      '2025-03-03T12:00:00.000Z',
      '2025-03-02T00:00:00.000Z',
      '2025-03-01T23:59:00.000Z',
    ]);
    expect(all.ok && all.data.items[1]).toMatchObject({
      actor: null,
      changes: [
        { field: 'themes', before: ['a'], after: ['a', 'b'] },
        { field: 'website', before: null, after: 'https://example.org' },
      ],
    });

    const oneDay = await listAuditEvents(admin, parseAuditFilters({ subjectId, from: '2025-03-02', to: '2025-03-02' }));
    expect(oneDay.ok && oneDay.data.items.map((event) => event.createdAt.toISOString())).toEqual([
      '2025-03-02T00:00:00.000Z',
    ]);
    const fromSecond = await listAuditEvents(admin, parseAuditFilters({ subjectId, from: '2025-03-02' }));
    expect(fromSecond.ok && fromSecond.data.total).toBe(2);
    const toFirst = await listAuditEvents(admin, parseAuditFilters({ subjectId, to: '2025-03-01' }));
    expect(toFirst.ok && toFirst.data.total).toBe(1);

    const types = await listAuditSubjectTypes(admin);
    expect(types.ok && types.data).toContain('Organization');
  });

  it("links each record to its page: people, applications, and organisations' profiles by current slug", async () => {
    const admin = await signedIn('ADMIN');
    // Actions are letters only; the actor's email keeps this test's events apart from the others'.
    const action = 'test.linked';
    const email = `linker-${uniqueSuffix()}@example.org`;
    const actor = await createMember(db, { email });
    const person = await createMember(db);
    const first = await createOrganization(db);
    const second = await createOrganization(db);
    const events: [string, string][] = [
      ['Member', person.id],
      ['MembershipApplication', 'application-id'],
      ['Organization', first.id],
      ['Organization', second.id],
      ['Organization', first.id],
      ['Organization', 'deleted-organization'],
      ['Publication', 'no-page-yet'],
    ];
    for (const [subjectType, subjectId] of events) {
      await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action, subjectType, subjectId }));
    }
    await db.organization.update({ where: { id: first.id }, data: { slug: `${first.slug}-renamed` } });

    const findOrganizations = vi.spyOn(db.organization, 'findMany');
    const log = await listAuditEvents(admin, parseAuditFilters({ action, actor: email }));
    // One read for every organisation on the page, not one per row.
    expect(findOrganizations).toHaveBeenCalledTimes(1);
    findOrganizations.mockRestore();

    expect(log.ok).toBe(true);
    if (!log.ok) return;
    const hrefs = new Map(
      log.data.items.map((event) => [`${event.subjectType} ${event.subjectId}`, event.subjectHref]),
    );
    expect(Object.fromEntries(hrefs)).toEqual({
      [`Member ${person.id}`]: `/manage/people/${person.id}`,
      'MembershipApplication application-id': '/manage/applications/application-id',
      [`Organization ${first.id}`]: `/directory/${first.slug}-renamed`,
      [`Organization ${second.id}`]: `/directory/${second.slug}`,
      'Organization deleted-organization': null,
      'Publication no-page-yet': null,
    });
  });

  it('ignores invalid filters instead of failing', () => {
    expect(
      parseAuditFilters({
        action: "x'; DROP TABLE",
        subjectType: 'Member!',
        subjectId: 'a b',
        actor: '   ',
        from: '2025-02-30',
        to: 'yesterday',
        page: '-3',
      }),
    ).toEqual({ page: 1 });
    expect(parseAuditFilters({ action: ['member.suspend', 'x'], from: '2025-02-28', page: '2' })).toEqual({
      action: 'member.suspend',
      from: '2025-02-28',
      page: 2,
    });
  });

  it('is refused to coordinators and members (403) and visitors (401)', async () => {
    const filters = parseAuditFilters({});
    for (const role of ['COORDINATOR', 'MEMBER'] as const) {
      const viewer = await signedIn(role);
      expect(await listAuditEvents(viewer, filters)).toMatchObject({ ok: false, status: 403 });
      expect(await listAuditActions(viewer)).toMatchObject({ ok: false, status: 403 });
      expect(await listAuditSubjectTypes(viewer)).toMatchObject({ ok: false, status: 403 });
    }
    expect(await listAuditEvents(null, filters)).toMatchObject({ ok: false, status: 401 });
    expect(await listAuditActions(null)).toMatchObject({ ok: false, status: 401 });
  });

  it('reads changes of either side alone', () => {
    expect(auditChanges(null, { role: 'ADMIN' })).toEqual([{ field: 'role', before: undefined, after: 'ADMIN' }]);
    expect(auditChanges({ role: 'ADMIN' }, null)).toEqual([{ field: 'role', before: 'ADMIN', after: undefined }]);
    expect(auditChanges(null, null)).toEqual([]);
  });
});
