// Messages sent with the contact form (/contact): anyone may write; each message is kept for staff
// (/manage/messages) and mailed to the coalition's address (CONTACT_EMAIL) through the outbox, both
// in one transaction. Limited per sender's client address and per e-mail address. The mail is plain
// text and its subject carries only the coalition's name and the subject chosen from the list:
// nothing the sender typed reaches a header but their (checked) address, as Reply-To, so staff
// answer with their mail program's Reply; the address is in the body too.
//
// Staff mark a message handled, or open it again: who -> may they -> parse -> one conditional
// update with its audit event, so two clicks at once change it (and audit it) once.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { consumeLimits } from '@/lib/auth/rate-limit';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { denied, invalid, missing, refused, type Result } from '@/lib/forms/result';
import { queueMail } from '@/lib/mail/outbox';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { contactMessageIdSchema, contactMessageSchema } from './schemas';

/** A header's text on one line, whatever a setting holds. */
const oneLine = (text: string) => text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').trim();

/**
 * Keeps a message from the contact form and mails it to the coalition. Answers `sent`; over a limit
 * 429 with the minutes to wait, and nothing is kept or mailed.
 */
export async function sendContactMessage(input: unknown, meta: RequestMeta): Promise<Result> {
  const parsed = contactMessageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, email, subject, message } = parsed.data;
  // Each message mails the coalition: limited per sender, then per address written in.
  const wait = await consumeLimits([
    ['contact:address', { ip: meta.ip ?? 'unknown' }],
    ['contact:email', { email }],
  ]);
  if (wait > 0) return refused(429, 'tooManyMessages', { minutes: Math.ceil(wait / 60) });

  const [t, subjects] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'contact.mail' }),
    getTranslations({ locale: 'en', namespace: 'contact.subjects' }),
  ]);
  const settings = getSiteSettings();
  const values = {
    site: settings.name,
    subject: subjects(subject),
    name,
    email,
    url: absoluteUrl('/manage/messages'),
  };
  const text = [
    t('intro', values),
    '',
    t('from', values),
    t('topic', values),
    '',
    message,
    '',
    t('footer', values),
  ].join('\n');
  await db.$transaction(async (tx) => {
    await tx.contactMessage.create({ data: { name, email, subject, message }, select: { id: true } });
    // Replies go straight to the sender: an address the schema checked, so nothing else reaches the header.
    await queueMail(tx, { to: settings.contactEmail, replyTo: email, subject: oneLine(t('subject', values)), text });
  });
  return { ok: true, message: 'sent' };
}

/** Marks a message handled by the viewer. 409 when it already is (someone else was quicker). */
export async function markMessageHandled(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  if (!viewer || !can(viewer, 'message:handle', {})) return denied(viewer);
  const parsed = contactMessageIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id } = parsed.data;
  const handledAt = new Date();
  const changed = await db.$transaction(async (tx) => {
    // Only an open message changes: of two requests at once, the second finds nothing to change.
    const updated = await tx.contactMessage.updateMany({
      where: { id, handledAt: null },
      data: { handledAt, handledById: viewer.id },
    });
    if (updated.count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'contactMessage.handled',
      subjectType: 'ContactMessage',
      subjectId: id,
      before: { handledAt: null, handledById: null },
      after: { handledAt, handledById: viewer.id },
      ip: meta.ip,
    });
    return true;
  });
  if (changed) return { ok: true, message: 'handled' };
  return (await exists(id)) ? refused(409, 'alreadyHandled') : missing();
}

/** Opens a handled message again (it goes back to the open ones). 409 when it is open already. */
export async function reopenMessage(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  if (!viewer || !can(viewer, 'message:handle', {})) return denied(viewer);
  const parsed = contactMessageIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id } = parsed.data;
  const changed = await db.$transaction(async (tx) => {
    const current = await tx.contactMessage.findUnique({
      where: { id },
      select: { handledAt: true, handledById: true },
    });
    if (!current?.handledAt) return false;
    // Changed only as it was read: a request that reopened (or handled again) meanwhile wins.
    const updated = await tx.contactMessage.updateMany({
      where: { id, handledAt: current.handledAt },
      data: { handledAt: null, handledById: null },
    });
    if (updated.count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'contactMessage.reopened',
      subjectType: 'ContactMessage',
      subjectId: id,
      before: { handledAt: current.handledAt, handledById: current.handledById },
      after: { handledAt: null, handledById: null },
      ip: meta.ip,
    });
    return true;
  });
  if (changed) return { ok: true, message: 'reopened' };
  return (await exists(id)) ? refused(409, 'alreadyOpen') : missing();
}

async function exists(id: string): Promise<boolean> {
  return (await db.contactMessage.count({ where: { id } })) > 0;
}
