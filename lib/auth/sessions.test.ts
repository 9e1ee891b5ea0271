import { describe, expect, it } from 'vitest';
import { endOtherOwnSessions, endOwnSession } from '@/lib/accounts/mutations';
import { describeDevice, listOwnSessions } from '@/lib/accounts/queries';
import { db } from '@/lib/db';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember } from '@/prisma/seed/factories';
import { endMemberSession, findLiveSession, noteSessionUse, startMemberSession } from './sessions';

const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const chromeOnAndroid =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const at = (iso: string) => new Date(iso);

async function signedInMember() {
  const member = await createMember(db);
  const sessionId = await startMemberSession(member, { ip: '203.0.113.5', userAgent: firefoxOnWindows });
  return { member, sessionId };
}

describe('a signed-in session', () => {
  it('counts while its row is there, for its own member only, and not once ended', async () => {
    const { member, sessionId } = await signedInMember();
    expect((await findLiveSession(sessionId, member.id))?.member).toMatchObject({ id: member.id, email: member.email });
    const other = await createMember(db);
    expect(await findLiveSession(sessionId, other.id)).toBeNull();
    expect(await findLiveSession('no-such-session', member.id)).toBeNull();

    await endMemberSession(sessionId);
    expect(await findLiveSession(sessionId, member.id)).toBeNull();
    // Ending it twice (two tabs signing out) is no error.
    await expect(endMemberSession(sessionId)).resolves.toBeUndefined();
  });

  it('ends with a raised sessionVersion, a suspension, or its lifetime', async () => {
    const raised = await signedInMember();
    await db.member.update({ where: { id: raised.member.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await findLiveSession(raised.sessionId, raised.member.id)).toBeNull();

    const suspended = await signedInMember();
    await db.member.update({ where: { id: suspended.member.id }, data: { status: 'SUSPENDED' } });
    expect(await findLiveSession(suspended.sessionId, suspended.member.id)).toBeNull();

    const expiring = await signedInMember();
    const row = await db.memberSession.findUniqueOrThrow({ where: { id: expiring.sessionId } });
    expect(
      await findLiveSession(expiring.sessionId, expiring.member.id, new Date(row.expiresAt.getTime() + 1)),
    ).toBeNull();
  });

  it('notes its use at most every five minutes, and stays alive thirty days from then', async () => {
    const member = await createMember(db);
    const sessionId = await startMemberSession(
      member,
      { ip: '203.0.113.5', userAgent: null },
      at('2026-11-01T10:00:00Z'),
    );
    const live = (await findLiveSession(sessionId, member.id, at('2026-11-01T10:01:00Z')))!;
    await noteSessionUse(live, '198.51.100.9', at('2026-11-01T10:04:00Z'));
    expect(await db.memberSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      lastSeenAt: at('2026-11-01T10:00:00Z'),
      ip: '203.0.113.5',
    });
    await noteSessionUse(live, '198.51.100.9', at('2026-11-01T10:06:00Z'));
    expect(await db.memberSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      lastSeenAt: at('2026-11-01T10:06:00Z'),
      ip: '198.51.100.9',
      expiresAt: at('2026-12-01T10:06:00Z'),
    });
  });
});

describe("a member's own sessions (/account)", () => {
  it('lists the live ones with device and address, this one first, and ends one or all others', async () => {
    const member = await createMember(db);
    const viewer = viewerOf(member);
    const laptop = await startMemberSession(member, { ip: '203.0.113.5', userAgent: firefoxOnWindows });
    const phone = await startMemberSession(member, { ip: '198.51.100.7', userAgent: chromeOnAndroid });
    const stranger = await signedInMember();

    const listed = await listOwnSessions(viewer, laptop);
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.data.map((session) => [session.id, session.current, session.ip])).toEqual([
      [laptop, true, '203.0.113.5'],
      [phone, false, '198.51.100.7'],
    ]);
    expect(listed.data[0]!.device).toEqual({ browser: 'Firefox 133', os: 'Windows 10', kind: 'desktop' });
    expect(listed.data[1]!.device).toEqual({ browser: 'Chrome 131', os: 'Android 14', kind: 'mobile' });

    // Another member's session is "not found", and stays.
    expect(await endOwnSession(viewer, { sessionId: stranger.sessionId }, { ip: null })).toMatchObject({
      ok: false,
      status: 404,
      message: 'sessionGone',
    });
    expect(await findLiveSession(stranger.sessionId, stranger.member.id)).not.toBeNull();

    expect(await endOwnSession(viewer, { sessionId: phone }, { ip: '203.0.113.5', sessionId: laptop })).toEqual({
      ok: true,
      message: 'sessionEnded',
      data: { endedCurrent: false },
    });
    expect(await findLiveSession(phone, member.id)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: member.id, action: 'member.end_session' },
    });
    expect(event).toMatchObject({ actorId: member.id, before: { sessionId: phone }, ip: '203.0.113.5' });

    const tablet = await startMemberSession(member, { ip: null, userAgent: null });
    expect(await endOtherOwnSessions(viewer, { ip: null, sessionId: laptop })).toMatchObject({
      ok: true,
      data: { ended: 1 },
    });
    expect(await findLiveSession(tablet, member.id)).toBeNull();
    expect(await findLiveSession(laptop, member.id)).not.toBeNull();
  });

  it('refuses a visitor', async () => {
    expect(await listOwnSessions(null, null)).toMatchObject({ ok: false, status: 401 });
    expect(await endOwnSession(null, { sessionId: 'x' }, { ip: null })).toMatchObject({ ok: false, status: 401 });
  });

  it('words an unknown browser as unknown', () => {
    expect(describeDevice(null)).toEqual({ browser: null, os: null, kind: 'other' });
    expect(describeDevice('curl/8.5.0').kind).toBe('other');
  });
});
