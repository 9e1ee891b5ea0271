import { describe, expect, it } from 'vitest';
import { setPasswordWithLink, signInWithLink } from '@/lib/auth/mail-sign-in';
import { issueMemberToken } from '@/lib/auth/member-tokens';
import { checkPasswordSignIn, redeemSignInTicket } from '@/lib/auth/sign-in';
import { readSignInTicket, type SignInTicket } from '@/lib/auth/tickets';
import { db } from '@/lib/db';
import { demoAccounts } from '@/lib/site/demo-accounts';
import { fromFreshAddress } from '@/lib/testing/addresses';
import { createMember } from '@/prisma/seed/factories';
import {
  completeSignInWithCode,
  completeSignInWithSetup,
  disableSecondFactor,
  enableSecondFactor,
  newSecondFactorSetup,
  readSecondFactorSetup,
  replaceRecoveryCodes,
} from './mutations';
import { getSecondFactorStatus } from './queries';
import { isSecondFactorRequired, isSecondFactorWaived } from './requirement';
import { readSetupForDisplay } from './setup-token';
import { currentTotpCode, decryptTotpSecret, encryptTotpSecret, recoveryCodePattern, verifyTotp } from './totp';

const password = 'a long walk to the harbour';
const step = 30_000;
/** A moment on a step boundary, so `t0 + n * step` is step n. */
const t0 = Math.floor(Date.now() / step) * step;

const viewerOf = (member: { id: string; role: 'MEMBER' | 'COORDINATOR' | 'ADMIN' }) => ({
  id: member.id,
  role: member.role,
  organizationId: null,
  organizationAdmin: false,
  coordinatorRegionIds: [],
});

/** A member with the second factor on, set up through the form at `t0`; returns the secret and codes. */
async function memberWithSecondFactor(role: 'MEMBER' | 'COORDINATOR' | 'ADMIN' = 'MEMBER') {
  const member = await createMember(db, { password, role });
  const { secret, recoveryCodes, setup } = newSecondFactorSetup(member, t0);
  const code = await currentTotpCode(secret, t0);
  const result = await enableSecondFactor(viewerOf(member), { setup, code }, fromFreshAddress(), new Date(t0));
  expect(result).toMatchObject({ ok: true, message: 'secondFactorOn' });
  return { member, secret, recoveryCodes };
}

/** The first factor a password sign-in gives, as the cookie would hold it. */
async function firstFactor(email: string, ip: string): Promise<SignInTicket> {
  const result = await checkPasswordSignIn(email, password, ip);
  if (!result.ok) throw new Error(`password sign-in failed: ${result.reason}`);
  const ticket = readSignInTicket(result.ticket);
  expect(ticket?.stage).toBe('first-factor');
  return ticket!;
}

describe('TOTP codes', () => {
  it('accepts the code of now and of the step either side, each once, and nothing older', async () => {
    const secret = (await memberWithSecondFactor()).secret;
    const now = t0 + 10 * step;
    const code = await currentTotpCode(secret, now);
    const timeStep = await verifyTotp(secret, code, { now });
    expect(timeStep).not.toBeNull();
    expect(await verifyTotp(secret, code, { now: now + step })).toBe(timeStep);
    // Used once: the same step is refused after it.
    expect(await verifyTotp(secret, code, { now, afterTimeStep: timeStep })).toBeNull();
    // Two steps late, or not six digits: no.
    expect(await verifyTotp(secret, code, { now: now + 2 * step })).toBeNull();
    expect(await verifyTotp(secret, `${code}0`, { now })).toBeNull();
  });

  it('keeps the secret encrypted: what is stored is not the secret and a changed byte reads as nothing', async () => {
    const { member, secret } = await memberWithSecondFactor();
    const stored = (await db.member.findUniqueOrThrow({ where: { id: member.id } })).totpSecret!;
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored)).toBe(secret);
    // One bit of the ciphertext flipped (on the bytes: a changed last base64 character can fall in
    // its padding bits and change nothing).
    const [version, iv, tag, ciphertext] = stored.split('.');
    const damaged = Buffer.from(ciphertext!, 'base64url');
    damaged[0] = damaged[0]! ^ 1;
    expect(decryptTotpSecret([version, iv, tag, damaged.toString('base64url')].join('.'))).toBeNull();
    expect(decryptTotpSecret(encryptTotpSecret(secret))).toBe(secret);
    expect(decryptTotpSecret('v1.garbage')).toBeNull();
  });
});

describe('setting the second factor up', () => {
  it('stores nothing until the app confirms with a code, then the secret and ten hashed codes, audited', async () => {
    const member = await createMember(db, { password });
    const viewer = viewerOf(member);
    const { secret, recoveryCodes, setup } = newSecondFactorSetup(member, t0);
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(recoveryCodePattern);

    expect(await enableSecondFactor(viewer, { setup, code: '000000' }, fromFreshAddress(), new Date(t0))).toMatchObject(
      {
        ok: false,
        fieldErrors: { code: ['wrongCode'] },
      },
    );
    expect(await enableSecondFactor(viewer, { setup, code: 'abc' }, fromFreshAddress(), new Date(t0))).toMatchObject({
      ok: false,
      fieldErrors: { code: ['codeFormat'] },
    });
    expect((await db.member.findUniqueOrThrow({ where: { id: member.id } })).totpEnabledAt).toBeNull();

    const code = await currentTotpCode(secret, t0);
    expect(await enableSecondFactor(viewer, { setup, code }, fromFreshAddress(), new Date(t0))).toMatchObject({
      ok: true,
    });
    const stored = await db.recoveryCode.findMany({ where: { memberId: member.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(recoveryCodes).not.toContain(row.codeHash);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: member.id, action: 'member.second_factor_on' },
    });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(await getSecondFactorStatus(viewer)).toMatchObject({ ok: true, data: { on: true, recoveryCodesLeft: 10 } });

    // A second tab finishing later is told it is on already.
    const again = newSecondFactorSetup(member, t0);
    const later = await currentTotpCode(again.secret, t0);
    expect(
      await enableSecondFactor(viewer, { setup: again.setup, code: later }, fromFreshAddress(), new Date(t0)),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it('shows what it signed: the same secret and codes, and nothing for a hand-made one', async () => {
    const member = await createMember(db, { password });
    const made = newSecondFactorSetup(member, t0);
    const shown = readSetupForDisplay(made.setup);
    expect(shown).toMatchObject({ secret: made.secret, recoveryCodes: made.recoveryCodes });
    expect(shown?.uri).toContain(`secret=${made.secret}`);
    for (const garbage of ['', 'x.y', '%%%.sig', `${btoa('[1,2]')}.sig`, 42, 'a'.repeat(5000)]) {
      expect(readSetupForDisplay(garbage)).toBeNull();
    }
  });

  it("refuses another member's setup, a tampered one and one over 30 minutes old", async () => {
    const member = await createMember(db, { password });
    const other = await createMember(db, { password });
    const { setup, secret } = newSecondFactorSetup(other, t0);
    const code = await currentTotpCode(secret, t0);
    const meta = fromFreshAddress();
    expect(await enableSecondFactor(viewerOf(member), { setup, code }, meta, new Date(t0))).toMatchObject({
      ok: false,
      message: 'setupExpired',
    });
    expect(readSecondFactorSetup(setup.replace(/^./, 'x'), other.id, t0)).toBeNull();
    expect(readSecondFactorSetup(setup, other.id, t0 + 31 * 60_000)).toBeNull();
    expect(await enableSecondFactor(null, { setup, code }, meta)).toMatchObject({ ok: false, status: 401 });
  });
});

describe('signing in with a second factor', () => {
  it('needs the code after the password: each code once, a recovery code once, then a session', async () => {
    const { member, secret, recoveryCodes } = await memberWithSecondFactor();
    const { ip } = fromFreshAddress() as { ip: string };
    const held = await firstFactor(member.email, ip);
    // The password alone opens nothing.
    expect(await redeemSignInTicket(held)).toBeNull();

    const now = new Date(t0 + 5 * step);
    const code = await currentTotpCode(secret, now.getTime());
    const signedIn = await completeSignInWithCode(held, { code: `${code.slice(0, 3)} ${code.slice(3)}` }, { ip }, now);
    expect(signedIn).toMatchObject({ ok: true, data: { callbackUrl: '/account' } });
    const ticket = readSignInTicket(signedIn.ok ? signedIn.data.ticket : null);
    expect(ticket?.stage).toBe('complete');
    expect(await redeemSignInTicket(ticket!)).toMatchObject({ id: member.id });

    // The same code again (seen over a shoulder) is refused.
    expect(await completeSignInWithCode(held, { code }, { ip }, now)).toMatchObject({
      ok: false,
      fieldErrors: { code: ['wrongCode'] },
    });
    // A recovery code, typed in lower case without hyphens, works once.
    const recovery = recoveryCodes[0]!.replaceAll('-', '').toLowerCase();
    expect(await completeSignInWithCode(held, { code: recovery }, { ip }, now)).toMatchObject({ ok: true });
    expect(await completeSignInWithCode(held, { code: recovery }, { ip }, now)).toMatchObject({ ok: false });
    expect(await getSecondFactorStatus(viewerOf(member))).toMatchObject({ data: { recoveryCodesLeft: 9 } });
  });

  it('counts wrong codes with wrong passwords: five, and even the right code waits', async () => {
    const { member, secret } = await memberWithSecondFactor();
    const { ip } = fromFreshAddress() as { ip: string };
    const held = await firstFactor(member.email, ip);
    const now = new Date(t0 + 20 * step);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await completeSignInWithCode(held, { code: '123456' }, { ip }, now)).toMatchObject({
        ok: false,
        status: 400,
      });
    }
    const code = await currentTotpCode(secret, now.getTime());
    expect(await completeSignInWithCode(held, { code }, { ip }, now)).toMatchObject({ ok: false, status: 429 });
  });

  it('refuses a held sign-in once the member changed (suspended, sessions ended) and without one', async () => {
    const { member, secret } = await memberWithSecondFactor();
    const { ip } = fromFreshAddress() as { ip: string };
    const held = await firstFactor(member.email, ip);
    await db.member.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } });
    const now = new Date(t0 + 30 * step);
    const code = await currentTotpCode(secret, now.getTime());
    expect(await completeSignInWithCode(held, { code }, { ip }, now)).toMatchObject({
      ok: false,
      message: 'signInAgain',
    });
    expect(await completeSignInWithCode(null, { code }, { ip }, now)).toMatchObject({
      ok: false,
      message: 'signInAgain',
    });
  });
});

describe('every first factor', () => {
  it('a sign-in link and a new password by link also lead to the code step, never straight to a session', async () => {
    const { member } = await memberWithSecondFactor();
    const linkToken = await db.$transaction((tx) => issueMemberToken(tx, member.id, 'SIGN_IN_LINK'));
    const byLink = await signInWithLink({ token: linkToken });
    expect(readSignInTicket(byLink.ok ? byLink.data.ticket : null)?.stage).toBe('first-factor');

    const resetToken = await db.$transaction((tx) => issueMemberToken(tx, member.id, 'PASSWORD_RESET'));
    const newPassword = 'another long walk by the sea';
    const byReset = await setPasswordWithLink(
      { token: resetToken, password: newPassword, confirmPassword: newPassword },
      fromFreshAddress(),
    );
    expect(readSignInTicket(byReset.ok ? byReset.data.ticket : null)?.stage).toBe('first-factor');

    // A member without one is signed in at once.
    const plain = await createMember(db, { password });
    const plainResult = await checkPasswordSignIn(plain.email, password, fromFreshAddress().ip!);
    expect(readSignInTicket(plainResult.ok ? plainResult.ticket : null)?.stage).toBe('complete');
  });
});

describe('staff', () => {
  it('must set the second factor up at sign-in before any session; demo staff on this machine need not', async () => {
    const coordinator = await createMember(db, { password, role: 'COORDINATOR' });
    expect(isSecondFactorRequired(coordinator)).toBe(true);
    const { ip } = fromFreshAddress() as { ip: string };
    const held = await firstFactor(coordinator.email, ip);
    expect(await completeSignInWithCode(held, { code: '123456' }, { ip })).toMatchObject({ message: 'signInAgain' });

    const { secret, setup } = newSecondFactorSetup(coordinator, t0);
    const code = await currentTotpCode(secret, t0);
    const done = await completeSignInWithSetup(held, { setup, code, callbackUrl: '/manage' }, { ip }, new Date(t0));
    expect(done).toMatchObject({ ok: true, data: { callbackUrl: '/manage' } });
    expect(readSignInTicket(done.ok ? done.data.ticket : null)?.stage).toBe('complete');

    const demo = demoAccounts.find((account) => account.role === 'ADMIN')!;
    const demoAdmin = { email: demo.email, role: demo.role };
    expect(isSecondFactorWaived(demoAdmin, 'http://localhost:3000')).toBe(true);
    expect(isSecondFactorRequired(demoAdmin, 'http://localhost:3000')).toBe(false);
    expect(isSecondFactorRequired(demoAdmin, 'https://coalition.example.org')).toBe(true);
    expect(isSecondFactorWaived({ email: demo.email, role: 'MEMBER' }, 'http://localhost:3000')).toBe(false);
  });

  it('cannot turn it off; a member can, with a code, and the codes go with it', async () => {
    const staff = await memberWithSecondFactor('ADMIN');
    const now = new Date(t0 + 40 * step);
    const staffCode = await currentTotpCode(staff.secret, now.getTime());
    expect(
      await disableSecondFactor(viewerOf(staff.member), { code: staffCode }, fromFreshAddress(), now),
    ).toMatchObject({
      ok: false,
      message: 'staffMustKeep',
    });

    const member = await memberWithSecondFactor();
    const meta = fromFreshAddress();
    expect(await disableSecondFactor(viewerOf(member.member), { code: '999999' }, meta, now)).toMatchObject({
      fieldErrors: { code: ['wrongCode'] },
    });
    const code = await currentTotpCode(member.secret, now.getTime());
    expect(await disableSecondFactor(viewerOf(member.member), { code }, meta, now)).toMatchObject({ ok: true });
    expect(await db.recoveryCode.count({ where: { memberId: member.member.id } })).toBe(0);
    expect(await getSecondFactorStatus(viewerOf(member.member))).toMatchObject({ data: { on: false } });
  });
});

describe('new recovery codes', () => {
  it('replace the old ones, which stop working', async () => {
    const { member, secret, recoveryCodes } = await memberWithSecondFactor();
    const now = new Date(t0 + 50 * step);
    const code = await currentTotpCode(secret, now.getTime());
    const replaced = await replaceRecoveryCodes(viewerOf(member), { code }, fromFreshAddress(), now);
    expect(replaced.ok).toBe(true);
    const fresh = replaced.ok ? replaced.data.recoveryCodes : [];
    expect(fresh).toHaveLength(10);
    const { ip } = fromFreshAddress() as { ip: string };
    const held = await firstFactor(member.email, ip);
    expect(await completeSignInWithCode(held, { code: recoveryCodes[1]! }, { ip }, now)).toMatchObject({ ok: false });
    expect(await completeSignInWithCode(held, { code: fresh[0]! }, { ip }, now)).toMatchObject({ ok: true });
  });
});
