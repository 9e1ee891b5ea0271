// Signing a campaign, in two steps (double opt-in, as UK Parliament's e-petitions do it): the form
// keeps a pending signature and mails a single-use link that expires; only following it makes the
// signature count. One signature per person per campaign, matched on the normalised address
// (email-key.ts), guaranteed by a unique index, so parallel requests for one address make one row.
// Signing again looks exactly like a first signature to whoever sends the form: the owner of the
// address gets an "already signed" mail (or, while unconfirmed, a new link) instead, at most a few.
// Over the per-address or per-campaign limit a signature is kept but held: not counted until a
// coordinator releases it.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { consumeLimits } from '@/lib/auth/rate-limit';
import type { RequestMeta } from '@/lib/auth/request';
import { isDatabaseBusy, isUniqueViolation } from '@/lib/database/errors';
import { db } from '@/lib/db';
import { fieldRefusal, invalid, missing, refused, type Result } from '@/lib/forms/result';
import { queueMail } from '@/lib/mail/outbox';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { takesSignatures } from './closing';
import { confirmationLifetimeDays, repeatNoticeLimit } from './consent';
import { signatureEmailKey } from './email-key';
import { signCampaignSchema, signatureTokenPattern } from './schemas';
import { withdrawalToken } from './withdrawal';

const day = 86_400_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new link: the token goes in the mail, only its hash is stored. */
function newConfirmation(now: Date) {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    data: {
      confirmTokenHash: hashOf(token),
      confirmExpiresAt: new Date(now.getTime() + confirmationLifetimeDays * day),
    },
  };
}

interface MailFor {
  to: string;
  name: string;
  campaign: { slug: string; title: string };
}

/** Every mail to a signer carries the (two-step) way to withdraw: withdrawal.ts. */
const withdrawUrlOf = (slug: string, signatureId: string) =>
  absoluteUrl(`/campaigns/${slug}/withdraw/${withdrawalToken(signatureId)}`);

/**
 * Writes the signing mails: read before a transaction starts, so the words are ready and the
 * transaction holds its connection for its statements alone.
 */
async function signingMailWriter() {
  const t = await getTranslations({ locale: 'en', namespace: 'campaigns.sign.mail' });
  const site = getSiteSettings().name;
  return (kind: 'confirm' | 'alreadySigned', { to, name, campaign }: MailFor, signatureId: string, token?: string) => {
    const values = {
      site,
      name,
      title: campaign.title,
      days: confirmationLifetimeDays,
      url: token
        ? absoluteUrl(`/campaigns/${campaign.slug}/confirm/${token}`)
        : absoluteUrl(`/campaigns/${campaign.slug}`),
      withdrawUrl: withdrawUrlOf(campaign.slug, signatureId),
    };
    const [subject, text] =
      kind === 'confirm'
        ? [t('confirm.subject', values), t('confirm.text', values)]
        : [t('alreadySigned.subject', values), t('alreadySigned.text', values)];
    return { to, subject, text };
  };
}

type SigningMailWriter = Awaited<ReturnType<typeof signingMailWriter>>;

/**
 * Signs a campaign for whoever sends the form (no account needed). Answers `checkInbox` whether the
 * address is new, pending, confirmed or withdrawn: what the page shows never says which.
 */
export async function signCampaign(input: unknown, meta: RequestMeta, now = new Date()): Promise<Result> {
  try {
    return await recordSignature(input, meta, now);
  } catch (error) {
    // Overloaded (no connection free in time): nothing was written, and the signer is told to try again.
    if (isDatabaseBusy(error)) return refused(503, 'busy');
    throw error;
  }
}

async function recordSignature(input: unknown, meta: RequestMeta, now: Date): Promise<Result> {
  const parsed = signCampaignSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, name, email, country, comment, showName, consentVersion } = parsed.data;
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, endsAt: true },
  });
  // Signing is open to anyone: a campaign a visitor may not see (a draft) cannot be signed.
  if (!campaign || !can(null, 'campaign:read', campaign)) return missing();
  // Past its end date it is closed already, whether or not the closer has run yet (closing.ts).
  if (!takesSignatures(campaign, now)) return refused(409, 'campaignClosed');
  const known = await db.country.findUnique({ where: { code: country }, select: { code: true } });
  if (!known) return fieldRefusal(400, 'country', 'countryUnknown');

  const emailKey = signatureEmailKey(email);
  const mail = { to: email, name, campaign };
  // Over the limit of one address, or of the campaign, the signature is kept and held, never
  // silently dropped. An address over its own limit does not use up the campaign's.
  const held =
    (await consumeLimits([
      ['sign:address', { ip: meta.ip ?? 'unknown' }],
      ['sign:campaign', { target: campaign.id }],
    ])) > 0;
  const confirmation = newConfirmation(now);
  const writeMail = await signingMailWriter();
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.signature.create({
        select: { id: true },
        data: {
          campaignId: campaign.id,
          kind: 'PERSON',
          name,
          email,
          emailKey,
          countryCode: country,
          comment: comment || null,
          isPublic: showName,
          consentVersion,
          heldAt: held ? now : null,
          ...confirmation.data,
        },
      });
      await queueMail(tx, writeMail('confirm', mail, created.id, confirmation.token));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await signedAgain(campaign.id, emailKey, mail, writeMail, now);
  }
  return { ok: true, message: 'checkInbox' };
}

/**
 * The same person signed again. Confirmed: an "already signed" mail. Not yet confirmed (or expired):
 * a new link, the old one stops working. Withdrawn: a new pending signature under the same row. At
 * most `repeatNoticeLimit` such mails per signature; after that, nothing at all.
 */
async function signedAgain(
  campaignId: string,
  emailKey: string,
  mail: MailFor,
  writeMail: SigningMailWriter,
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const existing = await tx.signature.findUnique({
      where: { campaignId_emailKey: { campaignId, emailKey } },
      select: { id: true, emailConfirmedAt: true, withdrawnAt: true },
    });
    if (!existing) return;
    const confirmed = existing.emailConfirmedAt !== null && existing.withdrawnAt === null;
    const confirmation = confirmed ? null : newConfirmation(now);
    // Counted and changed in one statement: two repeats at once cannot both pass the limit.
    const noticed = await tx.signature.updateMany({
      where: { id: existing.id, repeatNotices: { lt: repeatNoticeLimit } },
      data: {
        repeatNotices: { increment: 1 },
        ...(confirmation
          ? { ...confirmation.data, emailConfirmedAt: null, withdrawnAt: null, name: mail.name, email: mail.to }
          : {}),
      },
    });
    if (noticed.count === 0) return;
    await queueMail(
      tx,
      confirmation
        ? writeMail('confirm', mail, existing.id, confirmation.token)
        : writeMail('alreadySigned', mail, existing.id),
    );
  });
}

/** What following a confirmation link led to, for the page it lands on. */
export type ConfirmationOutcome = 'confirmed' | 'expired' | 'invalid' | 'closed';

/**
 * Follows the link mailed to a signer: the signature counts from now on. A link works once and
 * for `confirmationLifetimeDays`; it names its campaign, so it cannot confirm another.
 */
export async function confirmSignature(
  slug: string,
  token: string,
  now = new Date(),
): Promise<{ outcome: ConfirmationOutcome; held?: boolean }> {
  if (!signatureTokenPattern.test(token)) return { outcome: 'invalid' };
  const confirmTokenHash = hashOf(token);
  const row = await db.signature.findUnique({
    where: { confirmTokenHash },
    select: {
      id: true,
      confirmExpiresAt: true,
      heldAt: true,
      campaign: { select: { slug: true, status: true, endsAt: true } },
    },
  });
  if (!row || row.campaign.slug !== slug) return { outcome: 'invalid' };
  if (!takesSignatures(row.campaign, now)) return { outcome: 'closed' };
  if (!row.confirmExpiresAt || row.confirmExpiresAt <= now) return { outcome: 'expired' };
  // Only the request that clears the token confirms: a second click finds nothing to change.
  const confirmed = await db.signature.updateMany({
    where: { id: row.id, confirmTokenHash },
    data: { emailConfirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
  return confirmed.count === 1 ? { outcome: 'confirmed', held: row.heldAt !== null } : { outcome: 'invalid' };
}
