// Signing in by mail: sign-in links, password resets and invitations (docs/decisions/005).
// - Asking for a link gets the same answer whether or not the address has an account, so the forms
//   reveal no members; only an active member is sent a link.
// - A link carries a one-time token (member-tokens.ts). Opening it only shows a page: mail scanners
//   open links. The page's form uses the token up, and server code then makes a sign-in ticket.
// Every function takes plain input (no request), so the tests call them directly; the server
// actions in actions.ts add the request's facts and start the session.
import 'server-only';
import { rejectingCommonPasswords } from './password-policy';
import { changedFields, recordAuditEvent } from '../audit/record';
import { db } from '../db';
import { invalid, type Refusal, type Result } from '../forms/result';
import type { MemberStatus } from '../generated/prisma/enums';
import { queueLinkRequest } from '../mail/outbox';
import { cancelMemberLinks, consumeMemberToken, findValidMemberToken } from './member-tokens';
import { hashPassword } from './password';
import type { RequestMeta } from './request';
import { mailLinkBlockedFor, type MailLinkKind } from './rate-limit';
import {
  passwordResetRequestSchema,
  setPasswordSchema,
  signInLinkRequestSchema,
  signInWithLinkSchema,
  type PasswordResetRequestInput,
  type SetPasswordInput,
  type SignInLinkRequestInput,
  type SignInWithLinkInput,
} from './schemas';
import { firstFactorSelect, ticketAfterFirstFactor } from './sign-in-steps';

/** The set-password form's schema, plus the server-only check against common passwords. */
const setPasswordOnServerSchema = rejectingCommonPasswords(setPasswordSchema, 'password');

/** What the pages show for an unknown, used or expired link (a key of `auth.errors`). */
export const linkInvalid = { ok: false, status: 404, message: 'linkInvalid' } as const satisfies Refusal;

/** A proof, for the server action only, that the member may be signed in; never sent to the browser. */
export type SignInGrant = Result<{ ticket: string }>;

// ─── Asking for a link ───────────────────────────────────────────────────────

const mailedLinks = {
  'sign-in-link': { purpose: 'SIGN_IN_LINK', sent: 'signInLinkSent' },
  'password-reset': { purpose: 'PASSWORD_RESET', sent: 'passwordResetSent' },
} as const;

async function mailLink(kind: MailLinkKind, email: string, meta: RequestMeta): Promise<Result> {
  // Counted for every address, known or not, so being refused tells nothing either.
  if ((await mailLinkBlockedFor(kind, email, meta.ip ?? 'unknown')) > 0)
    return { ok: false, status: 429, message: 'tooManyLinks' };
  const link = mailedLinks[kind];
  // The same one row whoever asks: the mail worker looks the address up and writes the mail
  // (link-mail.ts), so the answer takes as long for a member as for a stranger.
  await queueLinkRequest(db, link.purpose, email);
  return { ok: true, message: link.sent };
}

/** Mails an active member a link that signs them in (15 minutes, once); the same answer for anyone. */
export async function requestSignInLink(input: SignInLinkRequestInput, meta: RequestMeta): Promise<Result> {
  const parsed = signInLinkRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return mailLink('sign-in-link', parsed.data.email, meta);
}

/** Mails an active member a link to choose a new password (1 hour, once); the same answer for anyone. */
export async function requestPasswordReset(input: PasswordResetRequestInput, meta: RequestMeta): Promise<Result> {
  const parsed = passwordResetRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return mailLink('password-reset', parsed.data.email, meta);
}

// ─── Sign-in links ───────────────────────────────────────────────────────────

/**
 * Whom a sign-in link is for, without using it up (for the page it opens); `linkInvalid` if it no
 * longer works.
 */
export async function getSignInLink(token: string, now = new Date()): Promise<Result<{ email: string }>> {
  const found = await findValidMemberToken('SIGN_IN_LINK', token, now);
  return found?.member.status === 'ACTIVE' ? { ok: true, data: { email: found.member.email } } : linkInvalid;
}

/** Uses a sign-in link up and grants a sign-in ticket, if the link still works for an active member. */
export async function signInWithLink(input: SignInWithLinkInput, now = new Date()): Promise<SignInGrant> {
  const parsed = signInWithLinkSchema.safeParse(input);
  if (!parsed.success) return linkInvalid;
  const member = await db.$transaction(async (tx) => {
    const memberId = await consumeMemberToken(tx, 'SIGN_IN_LINK', parsed.data.token, now);
    if (!memberId) return null;
    return tx.member.findUnique({ where: { id: memberId }, select: firstFactorSelect });
  });
  if (member?.status !== 'ACTIVE') return linkInvalid;
  return { ok: true, data: { ticket: ticketAfterFirstFactor(member) } };
}

// ─── Choosing a password: invitations and resets ─────────────────────────────

export type PasswordLinkPurpose = 'INVITATION' | 'PASSWORD_RESET';

/** Who may use each kind of password link: invited people their invitation, active members a reset. */
const passwordLinkHolder: Record<PasswordLinkPurpose, MemberStatus> = {
  INVITATION: 'INVITED',
  PASSWORD_RESET: 'ACTIVE',
};
const passwordLinkPurposes = Object.keys(passwordLinkHolder) as PasswordLinkPurpose[];

/** What a password link is for and whose it is, without using it up; `linkInvalid` if it no longer works. */
export async function getPasswordLink(
  token: string,
  now = new Date(),
): Promise<Result<{ purpose: PasswordLinkPurpose; email: string; name: string }>> {
  for (const purpose of passwordLinkPurposes) {
    const found = await findValidMemberToken(purpose, token, now);
    if (found?.member.status === passwordLinkHolder[purpose])
      return { ok: true, data: { purpose, email: found.member.email, name: found.member.name } };
  }
  return linkInvalid;
}

/**
 * Sets the password a link (invitation or reset) allows, in one transaction: uses the token up,
 * stores the new hash, activates an invited member, ends every other session (sessionVersion + 1)
 * and records the audit event. Grants a ticket that carries the new sessionVersion.
 */
export async function setPasswordWithLink(
  input: SetPasswordInput,
  meta: RequestMeta,
  now = new Date(),
): Promise<SignInGrant> {
  const parsed = setPasswordOnServerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { token, password } = parsed.data;
  // Hashed before the transaction, which then stays short.
  const passwordHash = await hashPassword(password);

  const member = await db.$transaction(async (tx) => {
    for (const purpose of passwordLinkPurposes) {
      const memberId = await consumeMemberToken(tx, purpose, token, now);
      if (!memberId) continue;
      const before = await tx.member.findUnique({
        where: { id: memberId },
        select: { status: true, emailVerified: true, sessionVersion: true },
      });
      if (before?.status !== passwordLinkHolder[purpose]) return null;
      const after = await tx.member.update({
        where: { id: memberId },
        data: {
          passwordHash,
          status: 'ACTIVE',
          emailVerified: before.emailVerified ?? now,
          sessionVersion: { increment: 1 },
        },
        select: { ...firstFactorSelect, emailVerified: true },
      });
      // Links asked for before (by the member or in their name) end with the old password.
      await cancelMemberLinks(tx, memberId, now);
      // What changed, never anything about the password itself.
      const changes = changedFields(before, {
        status: after.status,
        emailVerified: after.emailVerified,
        sessionVersion: after.sessionVersion,
      });
      await recordAuditEvent(tx, {
        actorId: memberId,
        action: purpose === 'INVITATION' ? 'member.invitation_accepted' : 'member.password_reset',
        subjectType: 'Member',
        subjectId: memberId,
        ...changes,
        ip: meta.ip,
      });
      return after;
    }
    return null;
  });
  if (!member) return linkInvalid;
  return { ok: true, data: { ticket: ticketAfterFirstFactor(member) } };
}
