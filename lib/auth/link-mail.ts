// The message a request for a sign-in link or a password link becomes. Asking writes one outbox
// row whoever asks (lib/mail/outbox.ts queueLinkRequest); the mail worker calls writeLinkMail when
// it delivers that row, so the member lookup, the new token and the mail all happen outside the
// request, and a member's address and a stranger's get the same answer in the same time.
import 'server-only';
import { createTranslator } from 'use-intl/core';
import { db } from '../db';
import messages from '../i18n/messages/en/index';
import type { LinkMailWriter, LinkPurpose } from '../mail/outbox';
import { absoluteUrl, getSiteSettings } from '../site/settings';
import { issueMemberToken } from './member-tokens';

const links = {
  SIGN_IN_LINK: { path: '/sign-in/link/', subject: 'signInLinkSubject', text: 'signInLinkText' },
  PASSWORD_RESET: { path: '/set-password/', subject: 'passwordResetSubject', text: 'passwordResetText' },
} as const satisfies Record<LinkPurpose, unknown>;

/** An active member's link, with its new one-time token; null for any other address. */
export const writeLinkMail: LinkMailWriter = async (purpose, email, now) => {
  const member = await db.member.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true },
  });
  if (member?.status !== 'ACTIVE') return null;
  const link = links[purpose];
  const token = await db.$transaction((tx) => issueMemberToken(tx, member.id, purpose, now));
  // No request here (the worker runs between requests): the catalogue is read directly.
  const t = createTranslator({ locale: 'en', messages, namespace: 'auth.mail' });
  const values = { name: member.name, site: getSiteSettings().name, url: absoluteUrl(`${link.path}${token}`) };
  return { to: member.email, subject: t(link.subject, values), text: t(link.text, values) };
};
