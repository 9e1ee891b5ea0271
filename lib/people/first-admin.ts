// The first administrator of a real install, and a way back in for an operator who lost the last
// one: `npm run admin:create -- someone@example.org` (scripts/admin-create.ts). Whoever can run
// commands on the server already holds the database, so this asks for no viewer; it is never
// reachable from a request. The account is created (invited) or promoted, and gets a one-time
// set-password link that the command prints and mails. An existing account loses its second factor
// (the operator may have lost the phone as well) and sets a new one up as it signs in.
import 'server-only';
import { createTranslator } from 'use-intl/core';
import { z } from 'zod';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { issueMemberToken, tokenLifetimeMs } from '@/lib/auth/member-tokens';
import { emailSchema } from '@/lib/auth/schemas';
import { db } from '@/lib/db';
import { refused, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MemberTokenPurpose } from '@/lib/generated/prisma/enums';
import messages from '@/lib/i18n/messages/en/index';
import { queueMail, wasDelivered } from '@/lib/mail/outbox';
import { deliverAllDueMail } from '@/lib/mail/worker';
import { removeSecondFactor } from '@/lib/second-factor/mutations';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';

const firstAdminSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(120).optional(),
});

export interface FirstAdmin {
  email: string;
  /** `created`: a new account, invited; `promoted`: an existing one made admin (or already one). */
  outcome: 'created' | 'promoted';
  /** The one-time link to choose a password, and until when it works. */
  link: string;
  expiresAt: Date;
  mailed: boolean;
}

/**
 * Makes `email` an administrator: creates the account (status INVITED, an invitation link for 7
 * days) or raises an existing one to ADMIN (a password link for an hour, which ends its other
 * sessions when used). Audited with no actor ("the server's operator"). A suspended account is
 * refused: reactivating someone is a decision for the people page, not for a setup command.
 */
export async function createOrPromoteAdmin(
  input: { email: string; name?: string },
  now = new Date(),
): Promise<Result<FirstAdmin>> {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) return refused(400, 'invalidEmail', { email: String(input.email) });
  const { email, name } = parsed.data;

  const t = createTranslator({ locale: 'en', messages, namespace: 'people.firstAdmin.mail' });
  const outcome = await db.$transaction(async (tx) => {
    const granted = await grantAdmin(tx, email, name, now);
    if (!granted) return null;
    const url = absoluteUrl(`/set-password/${granted.token}`);
    const lifetime = tokenLifetimeMs[granted.purpose];
    const values = { site: getSiteSettings().name, url, hours: lifetime / 3_600_000 };
    const [mailId] = await queueMail(tx, { to: email, subject: t('subject', values), text: t('text', values) });
    return { ...granted, mailId: mailId!, expiresAt: new Date(now.getTime() + lifetime) };
  });
  if (!outcome) return refused(409, 'suspended', { email });
  const link = absoluteUrl(`/set-password/${outcome.token}`);
  // No server (and so no mail worker) may be running yet: this command delivers its own mail once.
  // If that fails, the message stays in the outbox for the server's worker; the printed link is
  // enough to go on meanwhile.
  await deliverAllDueMail(db).catch((error: unknown) => console.warn('[portal] could not deliver mail now', error));
  const mailed = await wasDelivered(db, outcome.mailId);
  return { ok: true, data: { email, outcome: outcome.kind, link, expiresAt: outcome.expiresAt, mailed } };
}

/** Creates or promotes the account in the caller's transaction; null for a suspended one. */
async function grantAdmin(
  tx: Prisma.TransactionClient,
  email: string,
  name: string | undefined,
  now: Date,
): Promise<{ kind: 'created' | 'promoted'; purpose: MemberTokenPurpose; token: string } | null> {
  const existing = await tx.member.findUnique({
    where: { email },
    select: { id: true, role: true, status: true, totpEnabledAt: true },
  });
  if (existing?.status === 'SUSPENDED') return null;
  if (!existing) {
    const member = await tx.member.create({
      data: { email, name: name ?? email.split('@')[0]!, role: 'ADMIN', status: 'INVITED' },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: null,
      action: 'member.create_admin',
      subjectType: 'Member',
      subjectId: member.id,
      after: { email, role: 'ADMIN', status: 'INVITED' },
    });
    return {
      kind: 'created' as const,
      purpose: 'INVITATION' as const,
      token: await issueMemberToken(tx, member.id, 'INVITATION', now),
    };
  }
  if (existing.role !== 'ADMIN') {
    // A raised role needs no sign-out; lowering one does (lib/people/mutations.ts).
    await tx.member.update({ where: { id: existing.id }, data: { role: 'ADMIN' } });
    await recordAuditEvent(tx, {
      actorId: null,
      action: 'member.promote_admin',
      subjectType: 'Member',
      subjectId: existing.id,
      ...changedFields({ role: existing.role }, { role: 'ADMIN' }),
    });
  }
  if (existing.totpEnabledAt) {
    // The way back in for an operator who lost their phone too: the password link alone must open
    // the account, which then sets a new second factor up as it signs in (staff must have one).
    await removeSecondFactor(tx, existing.id);
    await recordAuditEvent(tx, {
      actorId: null,
      action: 'member.reset_second_factor',
      subjectType: 'Member',
      subjectId: existing.id,
      before: { secondFactor: true },
      after: { secondFactor: false },
    });
  }
  const purpose: MemberTokenPurpose = existing.status === 'INVITED' ? 'INVITATION' : 'PASSWORD_RESET';
  return { kind: 'promoted' as const, purpose, token: await issueMemberToken(tx, existing.id, purpose, now) };
}
