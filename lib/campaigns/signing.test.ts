// Signing a campaign against a real database: double opt-in through the outbox, one signature per
// person (however the address is typed, however many requests arrive at once), nothing revealed to
// whoever signs again, links that work once and expire, closed campaigns, held signatures.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createCampaign, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { repeatNoticeLimit } from './consent';
import { signatureEmailKey } from './email-key';
import { countSignatures } from './queries';
import { confirmSignature, signCampaign } from './signing';
import { getWithdrawal, withdrawSignature } from './withdrawal';

let addressCounter = 0;
/** A client address of its own for each test, so the per-address limit of one never meets another's. */
const meta = () => ({ ip: `198.51.100.${(addressCounter += 1) % 250}` });
const outboxTo = (to: string) =>
  db.outboxMail.findMany({ where: { to }, orderBy: { createdAt: 'asc' }, select: { subject: true, text: true } });
/** The token of the newest confirmation link mailed to `to` for the campaign at `slug`. */
async function linkTokenFor(to: string, slug: string): Promise<string> {
  const mails = await outboxTo(to);
  const match = [
    ...(mails.at(-1)?.text ?? '').matchAll(new RegExp(`/campaigns/${slug}/confirm/([A-Za-z0-9_-]{43})`, 'g')),
  ];
  if (!match[0]) throw new Error(`no confirmation link mailed to ${to}`);
  return match[0][1]!;
}

const form = (slug: string, email: string, extra: Record<string, unknown> = {}) => ({
  slug,
  name: 'Amara Okafor',
  email,
  country: 'NG',
  comment: '',
  showName: 'on',
  consent: 'on',
  ...extra,
});

async function campaign(status: 'ACTIVE' | 'CLOSED' | 'DRAFT' = 'ACTIVE') {
  const row = await createCampaign(db, { title: `Protect civilians ${uniqueSuffix()}`, status });
  return { id: row.id, slug: row.slug };
}
const countOf = async (id: string) => (await countSignatures([id])).get(id) ?? 0;

describe('the address that says "the same person"', () => {
  it('folds case, +tags, gmail dots and googlemail; keeps other domains’ dots', () => {
    expect(signatureEmailKey(' Amara.Okafor+Petition@Example.ORG ')).toBe('amara.okafor@example.org');
    expect(signatureEmailKey('a.m.a.r.a+x@googlemail.com')).toBe('amara@gmail.com');
    expect(signatureEmailKey('AMARA@gmail.com')).toBe('amara@gmail.com');
    expect(signatureEmailKey('amara@sub.gmail.com')).toBe('amara@sub.gmail.com');
  });
});

describe('signing a campaign', () => {
  beforeAll(async () => {
    await ensureReferenceData(db);
  });

  it('counts a signature only once its mailed link is followed, and the link works once', async () => {
    const { id, slug } = await campaign();
    const email = `signer-${uniqueSuffix()}@example.org`;
    expect(await signCampaign(form(slug, email), meta())).toEqual({ ok: true, message: 'checkInbox' });
    const row = await db.signature.findFirstOrThrow({ where: { campaignId: id } });
    expect(row).toMatchObject({
      email,
      emailKey: email,
      emailConfirmedAt: null,
      isPublic: true,
      consentVersion: '2026-12-03',
    });
    expect(await countOf(id)).toBe(0);
    const [mail] = await outboxTo(email);
    expect(mail?.subject).toMatch(/^Confirm your signature: Protect civilians/);
    // Only the token's hash is kept: the mail holds the one copy of the link.
    const token = await linkTokenFor(email, slug);
    expect(row.confirmTokenHash).not.toContain(token);

    expect(await confirmSignature(slug, token)).toEqual({ outcome: 'confirmed', held: false });
    expect(await countOf(id)).toBe(1);
    expect(await confirmSignature(slug, token)).toEqual({ outcome: 'invalid' });
    expect(await countOf(id)).toBe(1);
  });

  it('answers a second signature exactly like the first, and mails the owner instead, a few times at most', async () => {
    const { id, slug } = await campaign();
    const local = `amara.okafor.${uniqueSuffix()}`;
    const email = `${local}@gmail.com`;
    const first = await signCampaign(form(slug, email), meta());
    await confirmSignature(slug, await linkTokenFor(email, slug));

    const variants = [
      `${local.toUpperCase()}@gmail.com`,
      `${local.replaceAll('.', '')}+again@googlemail.com`,
      `${local}+third@gmail.com`,
      `${local}@GMAIL.com`,
    ];
    for (const variant of variants) {
      expect(await signCampaign(form(slug, variant, { name: 'Someone Else' }), meta())).toEqual(first);
    }
    expect(await db.signature.count({ where: { campaignId: id } })).toBe(1);
    expect(await countOf(id)).toBe(1);
    // The name stays the signer's own: a second form changes nothing of a confirmed signature.
    expect((await db.signature.findFirstOrThrow({ where: { campaignId: id } })).name).toBe('Amara Okafor');
    const addresses = [...new Set([email, ...variants].map((address) => address.toLowerCase()))];
    const subjects = (
      await db.outboxMail.findMany({ where: { to: { in: addresses } }, select: { subject: true } })
    ).map((mail) => mail.subject);
    // One link for the first signature; then "already signed", at most repeatNoticeLimit times.
    expect(subjects.filter((subject) => subject.startsWith('Confirm your signature'))).toHaveLength(1);
    expect(subjects.filter((subject) => subject.startsWith('You have already signed'))).toHaveLength(repeatNoticeLimit);
  });

  it('sends a new link to a signer who has not confirmed yet; the old one stops working', async () => {
    const { id, slug } = await campaign();
    const email = `late-${uniqueSuffix()}@example.org`;
    await signCampaign(form(slug, email), meta());
    const old = await linkTokenFor(email, slug);
    await signCampaign(form(slug, email), meta());
    const fresh = await linkTokenFor(email, slug);
    expect(fresh).not.toBe(old);
    expect(await confirmSignature(slug, old)).toEqual({ outcome: 'invalid' });
    expect(await confirmSignature(slug, fresh)).toMatchObject({ outcome: 'confirmed' });
    expect(await countOf(id)).toBe(1);
  });

  it('makes one signature of many requests for one address at once', async () => {
    const { id, slug } = await campaign();
    const email = `rush-${uniqueSuffix()}@example.org`;
    const address = meta();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        signCampaign(form(slug, index % 2 ? email.toUpperCase() : email), address),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.signature.count({ where: { campaignId: id } })).toBe(1);
    await confirmSignature(slug, await linkTokenFor(email, slug));
    expect(await countOf(id)).toBe(1);
  });

  it('refuses a closed campaign and a draft; a link of a campaign that closed meanwhile no longer counts', async () => {
    const closed = await campaign('CLOSED');
    expect(await signCampaign(form(closed.slug, `c-${uniqueSuffix()}@example.org`), meta())).toMatchObject({
      ok: false,
      status: 409,
      message: 'campaignClosed',
    });
    const draft = await campaign('DRAFT');
    expect(await signCampaign(form(draft.slug, `d-${uniqueSuffix()}@example.org`), meta())).toMatchObject({
      status: 404,
    });
    expect(await db.signature.count({ where: { campaignId: { in: [closed.id, draft.id] } } })).toBe(0);

    const running = await campaign();
    const email = `closing-${uniqueSuffix()}@example.org`;
    await signCampaign(form(running.slug, email), meta());
    const token = await linkTokenFor(email, running.slug);
    await db.campaign.update({ where: { id: running.id }, data: { status: 'CLOSED' } });
    expect(await confirmSignature(running.slug, token)).toEqual({ outcome: 'closed' });
    expect(await countOf(running.id)).toBe(0);
  });

  it('refuses an expired link, a link on another campaign and a malformed one', async () => {
    const { id, slug } = await campaign();
    const other = await campaign();
    const email = `expiry-${uniqueSuffix()}@example.org`;
    await signCampaign(form(slug, email), meta());
    const token = await linkTokenFor(email, slug);
    expect(await confirmSignature(other.slug, token)).toEqual({ outcome: 'invalid' });
    expect(await confirmSignature(slug, "x' OR '1'='1")).toEqual({ outcome: 'invalid' });
    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000);
    expect(await confirmSignature(slug, token, eightDaysOn)).toEqual({ outcome: 'expired' });
    expect(await countOf(id)).toBe(0);
  });

  it('says beside each field what is wrong, and keeps nothing', async () => {
    const { id, slug } = await campaign();
    const refused = await signCampaign(
      form(slug, 'not-an-address', { name: ' ', country: 'ZZ', consent: undefined, comment: 'x'.repeat(501) }),
      meta(),
    );
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        name: ['signerNameRequired'],
        email: ['emailInvalid'],
        consent: ['consentRequired'],
        comment: ['signatureCommentTooLong'],
      },
    });
    const unknownCountry = await signCampaign(form(slug, `u-${uniqueSuffix()}@example.org`, { country: 'ZZ' }), meta());
    expect(unknownCountry).toMatchObject({ status: 400, fieldErrors: { country: ['countryUnknown'] } });
    expect(await db.signature.count({ where: { campaignId: id } })).toBe(0);
  });

  it('holds what comes over the limit of one address: confirmed, yet not counted', async () => {
    const { id, slug } = await campaign();
    const address = meta();
    const emails = Array.from({ length: 21 }, (_, index) => `crowd-${index}-${uniqueSuffix()}@example.org`);
    for (const email of emails) await signCampaign(form(slug, email), address);
    for (const email of emails) await confirmSignature(slug, await linkTokenFor(email, slug));
    expect(await db.signature.count({ where: { campaignId: id, heldAt: { not: null } } })).toBe(1);
    expect(await countOf(id)).toBe(20);
  });

  it('holds what comes over the limit of one campaign, from whatever address', async () => {
    const { id, slug } = await campaign();
    // The campaign has taken all but one of its minute's signatures (SIGN_LIMIT_PER_CAMPAIGN).
    await db.rateLimiterFlexible.create({
      data: {
        key: `sign:campaign:${id}`,
        points: env.SIGN_LIMIT_PER_CAMPAIGN - 1,
        expire: new Date(Date.now() + 60_000),
      },
    });
    const [last, over] = [`last-${uniqueSuffix()}@example.org`, `over-${uniqueSuffix()}@example.org`];
    await signCampaign(form(slug, last), meta());
    await signCampaign(form(slug, over), meta());
    for (const email of [last, over]) await confirmSignature(slug, await linkTokenFor(email, slug));
    const held = await db.signature.findMany({
      where: { campaignId: id, heldAt: { not: null } },
      select: { email: true },
    });
    expect(held).toEqual([{ email: over }]);
    expect(await countOf(id)).toBe(1);
  });

  describe('withdrawing', () => {
    /** The withdrawal token in the newest mail to `to`. */
    async function withdrawTokenFor(to: string, slug: string): Promise<string> {
      const text = (await outboxTo(to)).at(-1)?.text ?? '';
      const match = new RegExp(`/campaigns/${slug}/withdraw/([a-z0-9]+\\.[A-Za-z0-9_-]+)`).exec(text);
      if (!match) throw new Error(`no withdrawal link mailed to ${to}`);
      return match[1]!;
    }

    it('takes a confirmed signature out of the count and the list, in two steps, once', async () => {
      const { id, slug } = await campaign();
      const email = `change-of-mind-${uniqueSuffix()}@example.org`;
      await signCampaign(form(slug, email), meta());
      await confirmSignature(slug, await linkTokenFor(email, slug));
      expect(await countOf(id)).toBe(1);
      const token = await withdrawTokenFor(email, slug);
      // The first step only asks: opening the link changes nothing.
      expect(await getWithdrawal(slug, token)).toMatchObject({ ok: true, data: { withdrawn: false } });
      expect(await countOf(id)).toBe(1);
      expect(await withdrawSignature({ slug, token }, meta())).toEqual({
        ok: true,
        message: 'withdrawn',
        data: { slug },
      });
      expect(await countOf(id)).toBe(0);
      expect(await getWithdrawal(slug, token)).toMatchObject({ ok: true, data: { withdrawn: true } });
      expect(await withdrawSignature({ slug, token }, meta())).toMatchObject({ ok: true });
      expect(await countOf(id)).toBe(0);

      // Signing again later starts over: a new link, counted once confirmed.
      await signCampaign(form(slug, email), meta());
      await confirmSignature(slug, await linkTokenFor(email, slug));
      expect(await countOf(id)).toBe(1);
    });

    it('withdraws a pending signature for good: its confirmation link stops working', async () => {
      const { id, slug } = await campaign();
      const email = `pending-${uniqueSuffix()}@example.org`;
      await signCampaign(form(slug, email), meta());
      const confirmation = await linkTokenFor(email, slug);
      await withdrawSignature({ slug, token: await withdrawTokenFor(email, slug) }, meta());
      expect(await confirmSignature(slug, confirmation)).toEqual({ outcome: 'invalid' });
      expect(await countOf(id)).toBe(0);
    });

    it('refuses a forged token, and a token on another campaign', async () => {
      const { id, slug } = await campaign();
      const other = await campaign();
      const email = `forged-${uniqueSuffix()}@example.org`;
      await signCampaign(form(slug, email), meta());
      await confirmSignature(slug, await linkTokenFor(email, slug));
      const token = await withdrawTokenFor(email, slug);
      const [signatureId] = token.split('.');
      const forged = `${signatureId}.${'A'.repeat(43)}`;
      expect(await withdrawSignature({ slug, token: forged }, meta())).toMatchObject({ ok: false, status: 404 });
      expect(await withdrawSignature({ slug: other.slug, token }, meta())).toMatchObject({ ok: false, status: 404 });
      expect(await getWithdrawal(slug, 'nonsense')).toMatchObject({ ok: false, status: 404 });
      expect(await countOf(id)).toBe(1);
    });
  });
});
