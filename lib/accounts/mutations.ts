// Changes a signed-in person makes to their own account: name, email address (confirmed by a
// link sent to the new one), password, sessions. Each follows
// the house order (who -> may they -> parse -> one transaction with its audit event) and returns an
// Result; the 'use server' wrappers in actions.ts revalidate and sign in again.
import 'server-only';
import { recordAuditEvent } from '../audit/record';
import { hashPassword, verifyPassword } from '../auth/password';
import { rejectingCommonPasswords } from '../auth/password-policy';
import { can, type MaybeViewer } from '../auth/policy';
import type { RequestMeta } from '../auth/request';
import { cancelMemberLinks } from '../auth/member-tokens';
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from '../auth/rate-limit';
import { createSignInTicket } from '../auth/tickets';
import { db } from '../db';
import { denied, fieldRefusal, invalid, missing, refused, type Refusal, type Result } from '../forms/result';
import { getTranslations } from 'next-intl/server';
import { linkInvalid } from '../auth/mail-sign-in';
import { consumeMemberTokenWithDetails, issueMemberToken } from '../auth/member-tokens';
import { queueMail } from '../mail/outbox';
import { absoluteUrl, getSiteSettings } from '../site/settings';
import {
  changeEmailSchema,
  changePasswordSchema,
  confirmEmailChangeSchema,
  endOwnSessionSchema,
  updateNameSchema,
} from './schemas';
import { isUniqueViolation } from '@/lib/database/errors';

const subjectType = 'Member';

/** The password form as the server checks it: the browser's rules, and not a common password. */
const changePasswordOnServerSchema = rejectingCommonPasswords(changePasswordSchema, 'newPassword');

/** Changes the viewer's own name. */
export async function updateOwnName(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  const parsed = updateNameSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name } = parsed.data;

  return db.$transaction(async (tx) => {
    const before = await tx.member.findUnique({ where: { id: viewer.id }, select: { name: true } });
    if (!before) return missing();
    if (before.name === name) return { ok: true, message: 'nameSaved' };
    await tx.member.update({ where: { id: viewer.id }, data: { name } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'member.update_name',
      subjectType,
      subjectId: viewer.id,
      before: { name: before.name },
      after: { name },
      ip: meta.ip,
    });
    return { ok: true, message: 'nameSaved' };
  });
}

type PasswordCheck = { ok: true; email: string } | Refusal;

/**
 * Whether `password` is the member's current password. Wrong guesses count toward the same limits
 * as failed sign-ins (lib/auth/rate-limit.ts), so a session left open cannot be used to guess it.
 */
async function checkCurrentPassword(memberId: string, password: string, ip: string | null): Promise<PasswordCheck> {
  const member = await db.member.findUnique({ where: { id: memberId }, select: { email: true, passwordHash: true } });
  if (!member) return missing();
  const address = ip ?? 'unknown';
  const blockedFor = await signInBlockedFor(member.email, address);
  if (blockedFor > 0) {
    return fieldRefusal(429, 'currentPassword', 'tryLater', 'rateLimited');
  }
  if (!member.passwordHash || !(await verifyPassword(member.passwordHash, password))) {
    await recordFailedSignIn(member.email, address);
    return fieldRefusal(400, 'currentPassword', 'wrongPassword', 'invalidInput');
  }
  await clearFailedSignIns(member.email, address);
  return { ok: true, email: member.email };
}

const emailTaken = fieldRefusal(409, 'email', 'emailTaken', 'invalidInput');

/**
 * Asks to change the viewer's email address (lower-cased), after checking their current password.
 * Nothing changes yet: a one-time link (24 hours) goes to the new address, which takes over only
 * once it is followed (confirmEmailChange), and the current address is told of the request. A new
 * request replaces the one before.
 */
export async function requestEmailChange(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, currentPassword } = parsed.data;

  const check = await checkCurrentPassword(viewer.id, currentPassword, meta.ip);
  if (!check.ok) return check;
  if (check.email === email) return fieldRefusal(400, 'email', 'emailUnchanged', 'invalidInput');
  if (await db.member.findUnique({ where: { email }, select: { id: true } })) return emailTaken;

  const t = await getTranslations({ locale: 'en', namespace: 'account.mail' });
  const values = { site: getSiteSettings().name, newEmail: email, oldEmail: check.email };
  await db.$transaction(async (tx) => {
    const token = await issueMemberToken(tx, viewer.id, 'EMAIL_CHANGE', new Date(), { newEmail: email });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'member.request_email_change',
      subjectType,
      subjectId: viewer.id,
      after: { requestedEmail: email },
      ip: meta.ip,
    });
    await queueMail(
      tx,
      {
        to: email,
        subject: t('confirmSubject', values),
        text: t('confirmText', { ...values, url: absoluteUrl(`/confirm-email/${token}`) }),
      },
      { to: check.email, subject: t('requestedSubject', values), text: t('requestedText', values) },
    );
  });
  return { ok: true, message: 'emailConfirmationSent', params: { email } };
}

/**
 * Follows an email-change link: the new address replaces the old one (and counts as verified), in
 * one transaction with its audit event; the old address is told. `linkInvalid` for a link that is
 * unknown, used, expired or superseded; `emailTaken` if someone took the address meanwhile.
 */
export async function confirmEmailChange(
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ email: string }>> {
  const parsed = confirmEmailChangeSchema.safeParse(input);
  if (!parsed.success) return linkInvalid;
  try {
    const t = await getTranslations({ locale: 'en', namespace: 'account.mail' });
    const changed = await db.$transaction(async (tx) => {
      const used = await consumeMemberTokenWithDetails(tx, 'EMAIL_CHANGE', parsed.data.token, now);
      if (!used?.newEmail) return null;
      const before = await tx.member.findUnique({
        where: { id: used.memberId },
        select: { email: true, status: true },
      });
      if (before?.status !== 'ACTIVE') return null;
      await tx.member.update({ where: { id: used.memberId }, data: { email: used.newEmail, emailVerified: now } });
      await recordAuditEvent(tx, {
        actorId: used.memberId,
        action: 'member.change_email',
        subjectType,
        subjectId: used.memberId,
        before: { email: before.email },
        after: { email: used.newEmail },
        ip: meta.ip,
      });
      const values = { site: getSiteSettings().name, oldEmail: before.email, newEmail: used.newEmail };
      await queueMail(tx, { to: before.email, subject: t('changedSubject', values), text: t('changedText', values) });
      return { oldEmail: before.email, newEmail: used.newEmail };
    });
    if (!changed) return linkInvalid;
    return { ok: true, message: 'emailChanged', data: { email: changed.newEmail } };
  } catch (error) {
    // Someone took the address between the request and now.
    if (isUniqueViolation(error)) return refused(409, 'emailTakenSince');
    throw error;
  }
}

/**
 * Changes the viewer's own password after checking the current one, and raises their
 * sessionVersion, which ends every other session. Returns a sign-in ticket for the new session
 * version so the caller can keep this device signed in; it must never be sent to the browser.
 */
export async function changeOwnPassword(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ ticket: string }>> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  const parsed = changePasswordOnServerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { currentPassword, newPassword } = parsed.data;

  const check = await checkCurrentPassword(viewer.id, currentPassword, meta.ip);
  if (!check.ok) return check;
  const passwordHash = await hashPassword(newPassword);

  const updated = await db.$transaction(async (tx) => {
    const before = await tx.member.findUniqueOrThrow({ where: { id: viewer.id }, select: { sessionVersion: true } });
    const after = await tx.member.update({
      where: { id: viewer.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
    // Sign-in and reset links sent before end with the old password.
    await cancelMemberLinks(tx, viewer.id);
    // Never the password or its hash: only that sessions were ended.
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'member.change_password',
      subjectType,
      subjectId: viewer.id,
      before: { sessionVersion: before.sessionVersion },
      after: { sessionVersion: after.sessionVersion },
      ip: meta.ip,
    });
    return after;
  });
  // Complete: this device's session had passed every factor; it only moves to the new version.
  return { ok: true, message: 'passwordSaved', data: { ticket: createSignInTicket(updated, 'complete') } };
}

// ─── Sessions ────────────────────────────────────────────────────────────────

/**
 * Ends one of the viewer's own sessions (a lost phone, a shared computer). The cookie of that
 * browser stops working on its next request. Ending this device's session signs it out: the
 * action then clears its cookie.
 */
export async function endOwnSession(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ endedCurrent: boolean }>> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  const parsed = endOwnSessionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { sessionId } = parsed.data;
  return db.$transaction(async (tx) => {
    // Someone else's session id is "not found", exactly as an id that never existed.
    const ended = await tx.memberSession.deleteMany({ where: { id: sessionId, memberId: viewer.id } });
    if (ended.count === 0) return missing('sessionGone');
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'member.end_session',
      subjectType,
      subjectId: viewer.id,
      before: { sessionId },
      ip: meta.ip,
    });
    return { ok: true, message: 'sessionEnded', data: { endedCurrent: sessionId === meta.sessionId } };
  });
}

/** Ends every session of the viewer but this one ("sign out everywhere else"). */
export async function endOtherOwnSessions(viewer: MaybeViewer, meta: RequestMeta): Promise<Result<{ ended: number }>> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  return db.$transaction(async (tx) => {
    const ended = await tx.memberSession.deleteMany({
      where: { memberId: viewer.id, ...(meta.sessionId ? { id: { not: meta.sessionId } } : {}) },
    });
    if (ended.count > 0) {
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'member.end_other_sessions',
        subjectType,
        subjectId: viewer.id,
        after: { ended: ended.count },
        ip: meta.ip,
      });
    }
    return { ok: true, message: 'otherSessionsEnded', data: { ended: ended.count } };
  });
}
