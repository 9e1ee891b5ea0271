import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createMember, uniqueSuffix } from '@/prisma/seed/factories';
import { checkPasswordSignIn, redeemSignInTicket } from './sign-in';
import { createSignInTicket, readSignInTicket } from './tickets';
import { resolveViewer } from './viewer';

const password = 'correct horse battery staple';

const memberWithPassword = (overrides: Parameters<typeof createMember>[1] = {}) =>
  createMember(db, { password, ...overrides });

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

describe('signing in with a password', () => {
  it('gives a ticket for the right password and the same answer for a wrong one or an unknown email', async () => {
    const member = await memberWithPassword();
    const ip = address();
    const ok = await checkPasswordSignIn(member.email, password, ip);
    expect(ok.ok).toBe(true);
    expect(readSignInTicket(ok.ok ? ok.ticket : '')).toEqual({
      memberId: member.id,
      sessionVersion: 0,
      stage: 'complete',
    });

    expect(await checkPasswordSignIn(member.email, 'wrong password', ip)).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkPasswordSignIn(`nobody-${uniqueSuffix()}@example.org`, password, ip)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('pauses an account at one address after 5 failures, even for the right password, but not elsewhere', async () => {
    const member = await memberWithPassword();
    const ip = address();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await checkPasswordSignIn(member.email, 'wrong password', ip)).toMatchObject({ reason: 'invalid' });
    }
    const blocked = await checkPasswordSignIn(member.email, password, ip);
    expect(blocked).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(blocked.ok === false && blocked.reason === 'rate-limited' && blocked.retryAfterSeconds).toBeGreaterThan(
      14 * 60,
    );
    expect((await checkPasswordSignIn(member.email, password, address())).ok).toBe(true);
  });

  it('pauses an address after 100 failures across accounts', async () => {
    const ip = address();
    for (let attempt = 0; attempt < 100; attempt += 1) {
      await checkPasswordSignIn(`guess-${attempt}-${uniqueSuffix()}@example.org`, 'guess', ip);
    }
    const member = await memberWithPassword();
    expect(await checkPasswordSignIn(member.email, password, ip)).toMatchObject({ reason: 'rate-limited' });
  }, 120_000);

  it('tells a suspended member so only once the password is right, and invited members cannot sign in', async () => {
    const suspended = await memberWithPassword({ status: 'SUSPENDED' });
    expect(await checkPasswordSignIn(suspended.email, 'wrong', address())).toEqual({ ok: false, reason: 'invalid' });
    expect(await checkPasswordSignIn(suspended.email, password, address())).toEqual({ ok: false, reason: 'suspended' });
    const invited = await createMember(db, { status: 'INVITED' });
    expect(await checkPasswordSignIn(invited.email, password, address())).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('sign-in tickets', () => {
  it('are refused when tampered with or expired, and once sessions were ended', async () => {
    const member = await memberWithPassword();
    const ticket = createSignInTicket(member, 'complete');
    expect(readSignInTicket(ticket.replace(member.id, 'someone-else'))).toBeNull();
    expect(readSignInTicket(ticket.replace('.complete.', '.first-factor.'))).toBeNull();
    expect(readSignInTicket(createSignInTicket(member, 'complete', Date.now() - 61_000))).toBeNull();
    expect(readSignInTicket('not a ticket')).toBeNull();

    const complete = { memberId: member.id, sessionVersion: 0, stage: 'complete' } as const;
    expect(await redeemSignInTicket(complete)).toMatchObject({ id: member.id, email: member.email });
    // A password alone never starts the session of someone who has a second factor.
    expect(await redeemSignInTicket({ ...complete, stage: 'first-factor' })).toBeNull();
    await db.member.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await redeemSignInTicket(complete)).toBeNull();
  });
});

describe('the viewer of a session', () => {
  it('follows the database: a new role at once, nothing once suspended or once sessions were ended', async () => {
    const member = await memberWithPassword();
    expect(await resolveViewer(member.id, 0)).toMatchObject({ id: member.id, role: 'MEMBER' });

    // Made coordinator: no session without the second factor staff must have; with it, at once.
    await db.member.update({ where: { id: member.id }, data: { role: 'COORDINATOR' } });
    expect(await resolveViewer(member.id, 0)).toBeNull();
    await db.member.update({ where: { id: member.id }, data: { totpEnabledAt: new Date() } });
    expect(await resolveViewer(member.id, 0)).toMatchObject({ role: 'COORDINATOR' });

    await db.member.update({ where: { id: member.id }, data: { sessionVersion: 1 } });
    expect(await resolveViewer(member.id, 0)).toBeNull();
    expect(await resolveViewer(member.id, 1)).not.toBeNull();

    await db.member.update({ where: { id: member.id }, data: { status: 'SUSPENDED' } });
    expect(await resolveViewer(member.id, 1)).toBeNull();
  });
});
