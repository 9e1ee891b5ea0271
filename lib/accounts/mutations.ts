// Changes a signed-in person makes to their own account: name, email address, password. Each follows
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
import { denied, fieldRefusal, invalid, missing, type Refusal, type Result } from '../forms/result';
import { changeEmailSchema, changePasswordSchema, endOwnSessionSchema, updateNameSchema } from './schemas';
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

/** Changes the viewer's own email address (lower-cased), after checking their current password. */
export async function changeOwnEmail(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  const parsed = changeEmailSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, currentPassword } = parsed.data;

  const check = await checkCurrentPassword(viewer.id, currentPassword, meta.ip);
  if (!check.ok) return check;
  if (check.email === email) return { ok: true, message: 'emailSaved' };
  if (await db.member.findUnique({ where: { email }, select: { id: true } })) return emailTaken;

  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.member.findUnique({ where: { id: viewer.id }, select: { email: true } });
      if (!before) return missing();
      // The new address has not been confirmed by a link yet.
      await tx.member.update({ where: { id: viewer.id }, data: { email, emailVerified: null } });
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'member.change_email',
        subjectType,
        subjectId: viewer.id,
        before: { email: before.email },
        after: { email },
        ip: meta.ip,
      });
      return { ok: true, message: 'emailSaved' } as const;
    });
  } catch (error) {
    // Someone took the address between the check above and the update.
    if (isUniqueViolation(error)) return emailTaken;
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
  return { ok: true, message: 'passwordSaved', data: { ticket: createSignInTicket(updated) } };
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
