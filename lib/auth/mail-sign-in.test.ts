import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { fromFreshAddress } from '@/lib/testing/addresses';
import { deliveredMail } from '@/lib/testing/mail';
import { createMember, uniqueSuffix } from '@/prisma/seed/factories';
import {
  getPasswordLink,
  getSignInLink,
  requestPasswordReset,
  requestSignInLink,
  setPasswordWithLink,
  signInWithLink,
} from './mail-sign-in';
import { findValidMemberToken, issueMemberToken } from './member-tokens';
import { verifyPassword } from './password';
import { readSignInTicket } from './tickets';

const oldPassword = 'old river stones at dusk';
const newPassword = 'new lanterns over harbour';

const memberWithPassword = (overrides: Parameters<typeof createMember>[1] = {}) =>
  createMember(db, { password: oldPassword, ...overrides });

const unknownEmail = () => `nobody-${uniqueSuffix()}@example.org`;

/** The one message sent to an address, and the token of the link in it under the given path. */
async function mailedToken(email: string, path: string) {
  const mail = await deliveredMail(email);
  expect(mail).toHaveLength(1);
  const match = new RegExp(`https?://[^\\s/]+${path}/([A-Za-z0-9_-]+)`).exec(mail[0]!.text);
  expect(match, 'a link in the mail').not.toBeNull();
  return { message: mail[0]!, token: match![1]! };
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** A request whose address is not known. */
const fromNowhere = { ip: null };

/** Each test asks from an address of its own, so the per-address limits of one do not reach the next. */
let from = fromFreshAddress();
beforeEach(() => {
  from = fromFreshAddress();
});

/** What an unknown, used or expired link answers, opened or used. */
const linkInvalid = { ok: false, status: 404, message: 'linkInvalid' };

describe('asking for a sign-in link', () => {
  it('sends nothing for an unknown email and answers exactly as for a member', async () => {
    const member = await memberWithPassword();
    const stranger = unknownEmail();
    const forStranger = await requestSignInLink({ email: stranger }, from);
    const forMember = await requestSignInLink({ email: member.email.toUpperCase() }, from);
    expect(forStranger).toEqual({ ok: true, message: 'signInLinkSent' });
    expect(forMember).toEqual(forStranger);
    expect(await deliveredMail(stranger)).toEqual([]);
    expect(await deliveredMail(member.email)).toHaveLength(1);
  });

  it('does the same work in the request for a member as for a stranger: one row, no token, no lookup', async () => {
    const member = await memberWithPassword();
    const stranger = unknownEmail();
    await requestSignInLink({ email: member.email }, from);
    await requestSignInLink({ email: stranger }, from);
    // Until the mail worker runs, the two requests left the same trace and the member has no new link.
    const queued = await db.outboxMail.findMany({
      where: { to: { in: [member.email, stranger] } },
      select: { to: true, subject: true, text: true, linkPurpose: true },
    });
    expect(queued).toHaveLength(2);
    expect(
      new Set(queued.map(({ subject, text, linkPurpose }) => JSON.stringify({ subject, text, linkPurpose }))),
    ).toEqual(new Set([JSON.stringify({ subject: '', text: '', linkPurpose: 'SIGN_IN_LINK' })]));
    expect(await db.memberToken.count({ where: { memberId: member.id } })).toBe(0);
    expect(await deliveredMail(member.email)).toHaveLength(1);
    expect(await db.memberToken.count({ where: { memberId: member.id } })).toBe(1);
    expect(await db.outboxMail.count({ where: { to: { in: [member.email, stranger] } } })).toBe(0);
  });

  it('sends nothing to suspended or invited members', async () => {
    for (const status of ['SUSPENDED', 'INVITED'] as const) {
      const member = await createMember(db, { status });
      expect(await requestSignInLink({ email: member.email }, from)).toEqual({ ok: true, message: 'signInLinkSent' });
      expect(await deliveredMail(member.email)).toEqual([]);
    }
  });

  it('mails an active member one link that opens without being used and then signs in once', async () => {
    const member = await memberWithPassword();
    await requestSignInLink({ email: member.email }, from);
    const { message, token } = await mailedToken(member.email, '/sign-in/link');
    expect(message.subject).toContain('sign-in link');
    expect(message.text).toContain('15 minutes');

    // Opening the page (as a mail scanner would) uses nothing up.
    expect(await getSignInLink(token)).toEqual({ ok: true, data: { email: member.email } });
    expect(await getSignInLink(token)).toEqual({ ok: true, data: { email: member.email } });

    const granted = await signInWithLink({ token });
    expect(granted.ok).toBe(true);
    expect(readSignInTicket(granted.ok ? granted.data?.ticket : null)).toEqual({
      memberId: member.id,
      sessionVersion: 0,
      stage: 'complete',
    });

    expect(await signInWithLink({ token })).toEqual({ ok: false, status: 404, message: 'linkInvalid' });
    expect(await getSignInLink(token)).toEqual(linkInvalid);
  });

  it('refuses expired and unknown links; a newer link leaves the older one working', async () => {
    const member = await memberWithPassword();
    await requestSignInLink({ email: member.email }, from);
    const { token } = await mailedToken(member.email, '/sign-in/link');
    expect(await getSignInLink(token, minutesFromNow(16))).toEqual(linkInvalid);
    expect(await signInWithLink({ token }, minutesFromNow(16))).toMatchObject({ ok: false, message: 'linkInvalid' });
    expect(await signInWithLink({ token: 'not-a-token' })).toMatchObject({ ok: false, message: 'linkInvalid' });
    expect(await signInWithLink({ token: '' })).toMatchObject({ ok: false, message: 'linkInvalid' });

    // Someone asking again in the member's name does not take away the link they hold.
    await requestSignInLink({ email: member.email }, from);
    expect((await deliveredMail(member.email)).length).toBe(2);
    expect(await signInWithLink({ token })).toMatchObject({ ok: true });
  });

  it('refuses a link whose member was suspended after it was sent', async () => {
    const member = await memberWithPassword();
    await requestSignInLink({ email: member.email }, from);
    const { token } = await mailedToken(member.email, '/sign-in/link');
    await db.member.update({ where: { id: member.id }, data: { status: 'SUSPENDED' } });
    expect(await getSignInLink(token)).toEqual(linkInvalid);
    expect(await signInWithLink({ token })).toMatchObject({ ok: false, message: 'linkInvalid' });
  });

  it('allows 3 requests per inbox from one address an hour, known or not, then says so without sending', async () => {
    const member = await memberWithPassword();
    const stranger = unknownEmail();
    for (let request = 0; request < 3; request += 1) {
      expect(await requestSignInLink({ email: member.email }, from)).toMatchObject({ ok: true });
      expect(await requestSignInLink({ email: stranger }, from)).toMatchObject({ ok: true });
    }
    const refused = { ok: false, status: 429, message: 'tooManyLinks' };
    expect(await requestSignInLink({ email: member.email }, from)).toEqual(refused);
    expect(await requestSignInLink({ email: stranger }, from)).toEqual(refused);
    expect(await deliveredMail(member.email)).toHaveLength(3);
    // Resets are counted apart.
    expect(await requestPasswordReset({ email: member.email }, from)).toMatchObject({ ok: true });
  });

  it("a flood from one address takes away neither the member's link nor their own requests nor their password", async () => {
    const member = await memberWithPassword();
    const memberAddress = { ip: '203.0.113.10' };
    await requestPasswordReset({ email: member.email }, memberAddress);
    const { token } = await mailedToken(member.email, '/set-password');

    const attacker = { ip: '192.0.2.66' };
    const answers = [];
    for (let request = 0; request < 25; request += 1)
      answers.push((await requestPasswordReset({ email: member.email }, attacker)).ok);
    // Three reach the inbox, then the attacker's own limit stops them.
    expect(answers.filter(Boolean)).toHaveLength(3);
    // Another address sends ten more links for other inboxes at most.
    for (let request = 0; request < 12; request += 1) await requestPasswordReset({ email: unknownEmail() }, attacker);
    expect(await requestPasswordReset({ email: unknownEmail() }, attacker)).toMatchObject({ status: 429 });

    // The member's link still works, and the member can still ask for another.
    expect(await getPasswordLink(token)).toMatchObject({ ok: true, data: { purpose: 'PASSWORD_RESET' } });
    expect(await requestSignInLink({ email: member.email }, memberAddress)).toMatchObject({ ok: true });
    expect(await requestPasswordReset({ email: member.email }, memberAddress)).toMatchObject({ ok: true });

    // Using one link ends the others sent before it: the attacker's mails are worthless afterwards.
    expect(
      await setPasswordWithLink({ token, password: newPassword, confirmPassword: newPassword }, memberAddress),
    ).toMatchObject({ ok: true });
    const links = await db.memberToken.count({ where: { memberId: member.id, usedAt: null } });
    expect(links).toBe(0);
  });

  it('refuses a malformed address beside the field', async () => {
    expect(await requestSignInLink({ email: 'not an address' }, from)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: ['emailInvalid'] },
    });
  });
});

describe('resetting a password', () => {
  it('sends nothing for an unknown email and answers exactly as for a member', async () => {
    const member = await memberWithPassword();
    const stranger = unknownEmail();
    const forStranger = await requestPasswordReset({ email: stranger }, from);
    expect(forStranger).toEqual({ ok: true, message: 'passwordResetSent' });
    expect(await requestPasswordReset({ email: member.email }, from)).toEqual(forStranger);
    expect(await deliveredMail(stranger)).toEqual([]);
  });

  it('sets the new password, ends every session, records one audit event and signs in', async () => {
    const member = await memberWithPassword();
    await requestPasswordReset({ email: member.email }, from);
    const { message, token } = await mailedToken(member.email, '/set-password');
    expect(message.text).toContain('hour');
    expect(await getPasswordLink(token)).toEqual({
      ok: true,
      data: { purpose: 'PASSWORD_RESET', email: member.email, name: member.name },
    });

    const granted = await setPasswordWithLink(
      { token, password: newPassword, confirmPassword: newPassword },
      { ip: '198.51.100.7' },
    );
    expect(granted.ok).toBe(true);

    const after = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.passwordHash).not.toBe(member.passwordHash);
    expect(await verifyPassword(after.passwordHash!, oldPassword)).toBe(false);
    expect(await verifyPassword(after.passwordHash!, newPassword)).toBe(true);
    expect(after.sessionVersion).toBe(member.sessionVersion + 1);
    expect(after.status).toBe('ACTIVE');
    // The ticket carries the new sessionVersion, so the new session counts and old ones do not.
    expect(readSignInTicket(granted.ok ? granted.data?.ticket : null)).toEqual({
      memberId: member.id,
      sessionVersion: 1,
      stage: 'complete',
    });

    const events = await db.auditEvent.findMany({ where: { subjectType: 'Member', subjectId: member.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'member.password_reset', actorId: member.id, ip: '198.51.100.7' });
    expect(events[0]!.after).toMatchObject({ sessionVersion: 1 });
    expect(JSON.stringify([events[0]!.before, events[0]!.after])).not.toMatch(/password/i);

    // The link worked once.
    expect(await getPasswordLink(token)).toEqual(linkInvalid);
    expect(
      await setPasswordWithLink(
        { token, password: 'another fine phrase', confirmPassword: 'another fine phrase' },
        fromNowhere,
      ),
    ).toEqual({
      ok: false,
      status: 404,
      message: 'linkInvalid',
    });
  });

  it('refuses an expired reset link and changes nothing', async () => {
    const member = await memberWithPassword();
    await requestPasswordReset({ email: member.email }, from);
    const { token } = await mailedToken(member.email, '/set-password');
    expect(await getPasswordLink(token, minutesFromNow(61))).toEqual(linkInvalid);
    expect(
      await setPasswordWithLink(
        { token, password: newPassword, confirmPassword: newPassword },
        fromNowhere,
        minutesFromNow(61),
      ),
    ).toMatchObject({
      ok: false,
      message: 'linkInvalid',
    });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      passwordHash: member.passwordHash,
      sessionVersion: member.sessionVersion,
    });
  });

  it('refuses mismatched or common passwords beside their fields and changes nothing', async () => {
    const member = await memberWithPassword();
    await requestPasswordReset({ email: member.email }, from);
    const { token } = await mailedToken(member.email, '/set-password');

    expect(
      await setPasswordWithLink(
        { token, password: newPassword, confirmPassword: 'something else entirely' },
        fromNowhere,
      ),
    ).toEqual({
      ok: false,
      status: 400,
      message: 'invalidInput',
      fieldErrors: { confirmPassword: ['passwordsDiffer'] },
    });
    expect(
      await setPasswordWithLink({ token, password: 'password1', confirmPassword: 'password1' }, fromNowhere),
    ).toMatchObject({
      ok: false,
      fieldErrors: { password: ['tooCommon'] },
    });
    expect(await setPasswordWithLink({ token, password: 'x7q', confirmPassword: '' }, fromNowhere)).toMatchObject({
      ok: false,
      fieldErrors: { password: ['tooShort'], confirmPassword: ['confirmPasswordRequired', 'passwordsDiffer'] },
    });

    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      passwordHash: member.passwordHash,
      sessionVersion: member.sessionVersion,
    });
    expect(await db.auditEvent.count({ where: { subjectId: member.id } })).toBe(0);
    expect(await findValidMemberToken('PASSWORD_RESET', token)).not.toBeNull();
  });
});

describe('accepting an invitation', () => {
  async function invite() {
    const member = await createMember(db, { status: 'INVITED' });
    const token = await db.$transaction((tx) => issueMemberToken(tx, member.id, 'INVITATION'));
    return { member, token };
  }

  it('activates the invited member with their first password and signs them in', async () => {
    const { member, token } = await invite();
    expect(await getPasswordLink(token)).toEqual({
      ok: true,
      data: { purpose: 'INVITATION', email: member.email, name: member.name },
    });

    const granted = await setPasswordWithLink(
      { token, password: newPassword, confirmPassword: newPassword },
      fromNowhere,
    );
    expect(granted.ok).toBe(true);
    expect(readSignInTicket(granted.ok ? granted.data?.ticket : null)).toEqual({
      memberId: member.id,
      sessionVersion: 1,
      stage: 'complete',
    });

    const after = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.status).toBe('ACTIVE');
    expect(after.emailVerified).toBeInstanceOf(Date);
    expect(await verifyPassword(after.passwordHash!, newPassword)).toBe(true);

    const events = await db.auditEvent.findMany({ where: { subjectType: 'Member', subjectId: member.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'member.invitation_accepted',
      before: { status: 'INVITED', emailVerified: null, sessionVersion: 0 },
      after: { status: 'ACTIVE', sessionVersion: 1 },
    });
    expect(await getPasswordLink(token)).toEqual(linkInvalid);
  });

  it('is not a way in for someone suspended, and a reset link cannot be asked for an invited member', async () => {
    const { member, token } = await invite();
    await requestPasswordReset({ email: member.email }, from);
    expect(await deliveredMail(member.email)).toEqual([]);

    await db.member.update({ where: { id: member.id }, data: { status: 'SUSPENDED' } });
    expect(await getPasswordLink(token)).toEqual(linkInvalid);
    expect(
      await setPasswordWithLink({ token, password: newPassword, confirmPassword: newPassword }, fromNowhere),
    ).toMatchObject({
      ok: false,
      message: 'linkInvalid',
    });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      status: 'SUSPENDED',
      passwordHash: null,
    });
  });
});
