// What readers do with a publication beyond reading it: send it to a colleague through the
// portal's mailer. Anyone who may read it may send it (visitors too), limited per sender's address
// and per recipient; the mail names the publication and its address, and the sender's note stays in
// the body as plain text (the subject carries only the coalition's and the publication's names).
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { MaybeViewer } from '@/lib/auth/policy';
import { consumeLimits } from '@/lib/auth/rate-limit';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { invalid, refused, type Result } from '@/lib/forms/result';
import { queueMail } from '@/lib/mail/outbox';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { getPublication } from './queries';
import { sendToColleagueSchema } from './schemas';

export async function sendToColleague(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  const parsed = sendToColleagueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, to, note } = parsed.data;
  // Only what the sender may read: a members-only piece is 401 for a visitor, anything else unseen 404.
  const publication = await getPublication(viewer, slug);
  if (!publication.ok) return publication;
  const wait = await consumeLimits([
    ['share:address', { ip: meta.ip ?? 'unknown' }],
    ['share:email', { email: to }],
  ]);
  if (wait > 0) return refused(429, 'tooManySent', { minutes: Math.ceil(wait / 60) });

  const t = await getTranslations({ locale: 'en', namespace: 'library.send.mail' });
  // A member is named as the sender (the portal knows who they are); a visitor is not.
  const sender = viewer ? await db.member.findUnique({ where: { id: viewer.id }, select: { name: true } }) : null;
  const values = {
    site: getSiteSettings().name,
    title: publication.data.title,
    url: absoluteUrl(`/library/${publication.data.slug}`),
    sender: sender?.name ?? '',
  };
  const text = [
    sender ? t('introFrom', values) : t('intro', values),
    '',
    publication.data.title,
    values.url,
    ...(note ? ['', t('note'), note] : []),
    '',
    t('footer', values),
  ].join('\n');
  await db.$transaction((tx) => queueMail(tx, { to, subject: t('subject', values), text }));
  return { ok: true, message: 'sent' };
}
