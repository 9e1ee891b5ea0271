import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import type { Viewer } from '@/lib/auth/policy';
import { readSignInTicket } from '@/lib/auth/tickets';
import { db } from '@/lib/db';
import { fromFreshAddress } from '@/lib/testing/addresses';
import { createMember, uniqueSuffix } from '@/prisma/seed/factories';
import { deliveredMail } from '@/lib/testing/mail';
import { changeOwnPassword, confirmEmailChange, requestEmailChange, updateOwnName } from './mutations';
import { getEmailChange } from './queries';

const password = 'correct horse battery staple';
const newPassword = 'a brand new passphrase of mine';

async function memberWithPassword() {
  const member = await createMember(db, { name: 'Ada Owner', password });
  const viewer: Viewer = {
    id: member.id,
    role: 'MEMBER',
    organizationId: null,
    organizationAdmin: false,
    coordinatorRegionIds: [],
  };
  return { member, viewer };
}

/** A request from a fresh address per test, so the shared sign-in limits of one never touch another. */
const request = fromFreshAddress;

/** A request whose address is not known. */
const fromNowhere = { ip: null };

const stored = (id: string) =>
  db.member.findUniqueOrThrow({
    where: { id },
    select: { name: true, email: true, passwordHash: true, sessionVersion: true },
  });

/** The token of the confirmation link mailed to a new address. */
async function confirmationToken(to: string): Promise<string> {
  const [mail] = await deliveredMail(to);
  return /\/confirm-email\/([\w-]+)/.exec(mail!.text)![1]!;
}

const eventsOf = (id: string) =>
  db.auditEvent.findMany({ where: { subjectType: 'Member', subjectId: id }, orderBy: { createdAt: 'asc' } });

describe('changing one’s name', () => {
  it('saves the trimmed name with one audit event', async () => {
    const { member, viewer } = await memberWithPassword();
    const meta = request();
    expect(await updateOwnName(viewer, { name: '  Ada Lovelace ' }, meta)).toEqual({ ok: true, message: 'nameSaved' });
    expect((await stored(member.id)).name).toBe('Ada Lovelace');
    const events = await eventsOf(member.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'member.update_name',
      actorId: member.id,
      before: { name: 'Ada Owner' },
      after: { name: 'Ada Lovelace' },
      ip: meta.ip,
    });
  });

  it('refuses an empty name beside the field, and visitors', async () => {
    const { member, viewer } = await memberWithPassword();
    expect(await updateOwnName(viewer, { name: '   ' }, fromNowhere)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { name: ['nameRequired'] },
    });
    expect(await updateOwnName(null, { name: 'Someone' }, fromNowhere)).toMatchObject({ ok: false, status: 401 });
    expect((await stored(member.id)).name).toBe('Ada Owner');
    expect(await eventsOf(member.id)).toHaveLength(0);
  });
});

describe('changing one’s email address', () => {
  it('changes nothing until the link mailed to the new address is followed, and tells the old one', async () => {
    const { member, viewer } = await memberWithPassword();
    const email = `New-Address-${uniqueSuffix()}@Example.org`;
    const newEmail = email.toLowerCase();
    expect(await requestEmailChange(viewer, { email, currentPassword: password }, request())).toEqual({
      ok: true,
      message: 'emailConfirmationSent',
      params: { email: newEmail },
    });
    expect((await stored(member.id)).email).toBe(member.email);
    expect((await eventsOf(member.id)).map((event) => event.action)).toEqual(['member.request_email_change']);

    // The old address hears of the request; the new one gets the link.
    const [notice] = await deliveredMail(member.email);
    expect(notice?.text).toContain(newEmail);
    expect(notice?.text).not.toContain('/confirm-email/');
    const token = await confirmationToken(newEmail);

    // Opening the page uses nothing up; the button does, once.
    expect(await getEmailChange(token)).toEqual({ ok: true, data: { oldEmail: member.email, newEmail } });
    expect(await confirmEmailChange({ token }, fromNowhere)).toEqual({
      ok: true,
      message: 'emailChanged',
      data: { email: newEmail },
    });
    expect(await stored(member.id)).toMatchObject({ email: newEmail });
    expect(await confirmEmailChange({ token }, fromNowhere)).toMatchObject({ ok: false, message: 'linkInvalid' });
    expect((await eventsOf(member.id)).at(-1)).toMatchObject({
      action: 'member.change_email',
      before: { email: member.email },
      after: { email: newEmail },
    });
    expect((await deliveredMail(member.email)).at(-1)?.subject).toContain('was changed');
  });

  it('a newer request replaces the older link, and a password change cancels both', async () => {
    const { member, viewer } = await memberWithPassword();
    const first = `first-${uniqueSuffix()}@example.org`;
    const second = `second-${uniqueSuffix()}@example.org`;
    await requestEmailChange(viewer, { email: first, currentPassword: password }, request());
    await requestEmailChange(viewer, { email: second, currentPassword: password }, request());
    expect(await confirmEmailChange({ token: await confirmationToken(first) }, fromNowhere)).toMatchObject({
      message: 'linkInvalid',
    });
    expect(
      await changeOwnPassword(
        viewer,
        { currentPassword: password, newPassword, confirmPassword: newPassword },
        request(),
      ),
    ).toMatchObject({ ok: true });
    expect(await confirmEmailChange({ token: await confirmationToken(second) }, fromNowhere)).toMatchObject({
      message: 'linkInvalid',
    });
    expect((await stored(member.id)).email).toBe(member.email);
  });

  it('refuses its own address, and a link whose address was taken meanwhile', async () => {
    const { member, viewer } = await memberWithPassword();
    expect(
      await requestEmailChange(viewer, { email: member.email, currentPassword: password }, request()),
    ).toMatchObject({ ok: false, fieldErrors: { email: ['emailUnchanged'] } });
    const wanted = `wanted-${uniqueSuffix()}@example.org`;
    await requestEmailChange(viewer, { email: wanted, currentPassword: password }, request());
    await createMember(db, { email: wanted });
    expect(await confirmEmailChange({ token: await confirmationToken(wanted) }, fromNowhere)).toMatchObject({
      ok: false,
      status: 409,
      message: 'emailTakenSince',
    });
    expect((await stored(member.id)).email).toBe(member.email);
  });

  it('changes nothing when the current password is wrong', async () => {
    const { member, viewer } = await memberWithPassword();
    const before = await stored(member.id);
    const result = await requestEmailChange(
      viewer,
      { email: `other-${uniqueSuffix()}@example.org`, currentPassword: 'not my password' },
      request(),
    );
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { currentPassword: ['wrongPassword'] } });
    expect(await stored(member.id)).toEqual(before);
    expect(await eventsOf(member.id)).toHaveLength(0);
  });

  it('refuses an address another account uses', async () => {
    const { member, viewer } = await memberWithPassword();
    const other = await createMember(db);
    const before = await stored(member.id);
    const result = await requestEmailChange(
      viewer,
      { email: other.email.toUpperCase(), currentPassword: password },
      request(),
    );
    expect(result).toMatchObject({ ok: false, status: 409, fieldErrors: { email: ['emailTaken'] } });
    expect(await stored(member.id)).toEqual(before);
    expect(await eventsOf(member.id)).toHaveLength(0);
  });

  it('pauses after repeated wrong passwords, like sign-in', async () => {
    const { member, viewer } = await memberWithPassword();
    const meta = request();
    const input = (currentPassword: string) => ({ email: `paused-${uniqueSuffix()}@example.org`, currentPassword });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await requestEmailChange(viewer, input(`guess ${attempt}`), meta)).toMatchObject({ status: 400 });
    }
    expect(await requestEmailChange(viewer, input(password), meta)).toMatchObject({ ok: false, status: 429 });
    expect((await stored(member.id)).email).toBe(member.email);
  });
});

describe('changing one’s password', () => {
  it('stores the new password, ends other sessions, and vouches for this one', async () => {
    const { member, viewer } = await memberWithPassword();
    const result = await changeOwnPassword(
      viewer,
      { currentPassword: password, newPassword, confirmPassword: newPassword },
      request(),
    );
    expect(result).toMatchObject({ ok: true, message: 'passwordSaved' });
    const after = await stored(member.id);
    expect(after.sessionVersion).toBe(member.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash!, newPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, password)).toBe(false);
    expect(readSignInTicket(result.ok ? result.data?.ticket : null)).toEqual({
      memberId: member.id,
      sessionVersion: after.sessionVersion,
      stage: 'complete',
    });

    const events = await eventsOf(member.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'member.change_password',
      before: { sessionVersion: 0 },
      after: { sessionVersion: 1 },
    });
    // Neither password nor hash is in the audit log.
    const logged = JSON.stringify([events[0]!.before, events[0]!.after]);
    expect(logged).not.toContain(newPassword);
    expect(logged).not.toContain(password);
    expect(logged).not.toContain(after.passwordHash!);
    expect(logged).not.toContain(member.passwordHash!);
  });

  it('changes nothing when the current password is wrong', async () => {
    const { member, viewer } = await memberWithPassword();
    const before = await stored(member.id);
    const result = await changeOwnPassword(
      viewer,
      { currentPassword: 'wrong', newPassword, confirmPassword: newPassword },
      request(),
    );
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { currentPassword: ['wrongPassword'] } });
    expect(await stored(member.id)).toEqual(before);
    expect(await eventsOf(member.id)).toHaveLength(0);
  });

  it('applies the password rules and asks for the same new password twice', async () => {
    const { member, viewer } = await memberWithPassword();
    const before = await stored(member.id);
    expect(
      await changeOwnPassword(
        viewer,
        { currentPassword: password, newPassword: 'x7#q', confirmPassword: 'x7#q' },
        fromNowhere,
      ),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { newPassword: ['tooShort'] } });
    expect(
      await changeOwnPassword(
        viewer,
        {
          currentPassword: password,
          newPassword: 'password123',
          confirmPassword: 'password123',
        },
        fromNowhere,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { newPassword: ['tooCommon'] } });
    expect(
      await changeOwnPassword(
        viewer,
        { currentPassword: password, newPassword, confirmPassword: `${newPassword}!` },
        fromNowhere,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ['passwordsDiffer'] } });
    expect(await stored(member.id)).toEqual(before);
  });

  it('is refused to visitors and for an account that is gone', async () => {
    const input = { currentPassword: password, newPassword, confirmPassword: newPassword };
    expect(await changeOwnPassword(null, input, fromNowhere)).toMatchObject({ ok: false, status: 401 });
    const gone: Viewer = {
      id: `gone-${uniqueSuffix()}`,
      role: 'MEMBER',
      organizationId: null,
      organizationAdmin: false,
      coordinatorRegionIds: [],
    };
    expect(await changeOwnPassword(gone, input, fromNowhere)).toMatchObject({ ok: false, status: 404 });
  });
});
