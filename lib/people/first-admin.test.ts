import { describe, expect, it } from 'vitest';
import { getPasswordLink, setPasswordWithLink } from '@/lib/auth/mail-sign-in';
import { db } from '@/lib/db';
import { deliveredMail } from '@/lib/testing/mail';
import { accountsWithPublishedPassword, demoAccounts, demoPassword } from '@/prisma/seed';
import { createMember, uniqueSuffix } from '@/prisma/seed/factories';
import { hashPassword } from '@/lib/auth/password';
import { createOrPromoteAdmin } from './first-admin';

const tokenOf = (link: string) => link.split('/set-password/')[1]!;

describe('the first administrator (npm run admin:create)', () => {
  it('creates an invited admin whose mailed link sets a password and signs in', async () => {
    const email = `First.Admin-${uniqueSuffix()}@Example.org`;
    const result = await createOrPromoteAdmin({ email, name: 'Ines Admin' });
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ email: email.toLowerCase(), outcome: 'created', mailed: true });

    const member = await db.member.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(member).toMatchObject({ name: 'Ines Admin', role: 'ADMIN', status: 'INVITED', passwordHash: null });
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectId: member.id } });
    expect(event).toMatchObject({ action: 'member.create_admin', actorId: null });

    // The printed link and the mailed one are the same one-time invitation.
    const [mail] = await deliveredMail(email.toLowerCase());
    expect(mail?.text).toContain(result.data.link);
    expect(mail?.subject).not.toContain(email.toLowerCase());
    const link = await getPasswordLink(tokenOf(result.data.link));
    expect(link).toMatchObject({ ok: true, data: { purpose: 'INVITATION' } });
    const set = await setPasswordWithLink(
      {
        token: tokenOf(result.data.link),
        password: 'a long admin passphrase',
        confirmPassword: 'a long admin passphrase',
      },
      { ip: null },
    );
    expect(set.ok).toBe(true);
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { status: true } })).toEqual({
      status: 'ACTIVE',
    });
  });

  it('promotes an existing member and gives them a one-hour password link', async () => {
    const member = await createMember(db, { role: 'MEMBER', password: 'their own old passphrase' });
    const result = await createOrPromoteAdmin({ email: member.email.toUpperCase() });
    if (!result.ok) throw new Error(result.message);
    expect(result.data.outcome).toBe('promoted');
    expect(result.data.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id }, select: { role: true } })).toEqual({
      role: 'ADMIN',
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectId: member.id } });
    expect(event).toMatchObject({
      action: 'member.promote_admin',
      before: { role: 'MEMBER' },
      after: { role: 'ADMIN' },
    });
    expect(await getPasswordLink(tokenOf(result.data.link))).toMatchObject({
      ok: true,
      data: { purpose: 'PASSWORD_RESET' },
    });
  });

  it('takes the second factor of an existing admin who lost it, so the password link alone opens the account', async () => {
    const admin = await createMember(db, { role: 'ADMIN', password: 'their own old passphrase' });
    await db.member.update({
      where: { id: admin.id },
      data: {
        totpSecret: 'v1.a.b.c',
        totpEnabledAt: new Date(),
        recoveryCodes: { create: [{ codeHash: `h-${admin.id}` }] },
      },
    });
    const result = await createOrPromoteAdmin({ email: admin.email });
    expect(result).toMatchObject({ ok: true, data: { outcome: 'promoted' } });
    expect(await db.member.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: 'ADMIN',
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(await db.recoveryCode.count({ where: { memberId: admin.id } })).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { subjectId: admin.id } })).toMatchObject({
      actorId: null,
      action: 'member.reset_second_factor',
    });
  });

  it('refuses a suspended account and a malformed address, changing nothing', async () => {
    const suspended = await createMember(db, { role: 'MEMBER', status: 'SUSPENDED' });
    expect(await createOrPromoteAdmin({ email: suspended.email })).toMatchObject({
      ok: false,
      status: 409,
      message: 'suspended',
    });
    expect(await db.member.findUniqueOrThrow({ where: { id: suspended.id }, select: { role: true } })).toEqual({
      role: 'MEMBER',
    });
    for (const email of ['', 'not an address', 'admin@', `x${'y'.repeat(300)}@example.org\n`]) {
      expect(await createOrPromoteAdmin({ email })).toMatchObject({ ok: false, status: 400, message: 'invalidEmail' });
    }
  });
});

describe('the demo accounts', () => {
  it('are listed while they open with the published password, and not once it is changed', async () => {
    const [first, second] = demoAccounts;
    await createMember(db, { email: first.email, role: first.role, passwordHash: await hashPassword(demoPassword) });
    await createMember(db, { email: second.email, role: second.role, passwordHash: await hashPassword(demoPassword) });
    expect(await accountsWithPublishedPassword(db)).toEqual([second.email, first.email].sort());

    await db.member.update({
      where: { email: first.email },
      data: { passwordHash: await hashPassword('a passphrase nobody printed') },
    });
    expect(await accountsWithPublishedPassword(db)).toEqual([second.email]);
  });
});
