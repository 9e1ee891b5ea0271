// A campaign's end date closes it: signing is refused once that day is over everywhere on Earth,
// and the closer then closes it for good, once, with an audit event; a campaign cannot be opened
// again while its end date has passed. Against a real database.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { viewerOf } from '@/lib/testing/viewers';
import { createCampaign, createMember, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { closeEndedCampaigns, signingEndOf, signingHasEnded } from './closing';
import { changeCampaignStatus } from './management';
import { signCampaign } from './signing';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const meta = { ip: '203.0.113.77' };
const signer = (slug: string) => ({
  slug,
  name: 'Lin Wei',
  email: `lin.${uniqueSuffix()}@example.org`,
  country: 'NG',
  comment: '',
  showName: '',
  consent: 'on',
});

describe('the end of a campaign’s end day', () => {
  it('is when that day is over everywhere on Earth: noon UTC the day after', () => {
    expect(signingEndOf(day('2026-12-31')).toISOString()).toBe('2027-01-01T12:00:00.000Z');
    const campaign = { endsAt: day('2026-12-31') };
    // Still 31 December on Baker Island (UTC−12) at 11:59 UTC on 1 January.
    expect(signingHasEnded(campaign, new Date('2027-01-01T11:59:59.000Z'))).toBe(false);
    expect(signingHasEnded(campaign, new Date('2027-01-01T12:00:00.000Z'))).toBe(true);
    expect(signingHasEnded({ endsAt: null }, new Date('2100-01-01T00:00:00.000Z'))).toBe(false);
  });
});

describe('closing campaigns whose end date has passed', () => {
  beforeAll(async () => {
    await ensureReferenceData(db);
  });

  it('refuses signatures at once, then closes the campaign once, with an audit event', async () => {
    const ended = await createCampaign(db, {
      title: `Ended ${uniqueSuffix()}`,
      status: 'ACTIVE',
      startsAt: day('2026-01-01'),
      endsAt: day('2026-03-31'),
    });
    const running = await createCampaign(db, {
      title: `Running ${uniqueSuffix()}`,
      status: 'ACTIVE',
      startsAt: day('2026-01-01'),
      endsAt: day('2099-12-31'),
    });
    const now = new Date('2026-04-02T00:00:00.000Z');

    // Before the closer has run, the end date alone refuses.
    expect(await signCampaign(signer(ended.slug), meta, now)).toMatchObject({
      ok: false,
      status: 409,
      message: 'campaignClosed',
    });

    const closed = await closeEndedCampaigns(db, now);
    expect(closed).toContain(ended.slug);
    expect(closed).not.toContain(running.slug);
    // A second server running at the same time, or the next pass, finds nothing left to close.
    expect(await closeEndedCampaigns(db, now)).not.toContain(ended.slug);

    const row = await db.campaign.findUniqueOrThrow({
      where: { id: ended.id },
      select: { status: true, closedAt: true },
    });
    expect(row).toEqual({ status: 'CLOSED', closedAt: now });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: running.id }, select: { status: true } })).status).toBe(
      'ACTIVE',
    );
    const audit = await db.auditEvent.findMany({
      where: { subjectType: 'Campaign', subjectId: ended.id },
      select: { action: true, actorId: true, after: true },
    });
    expect(audit).toEqual([
      {
        action: 'campaign.close',
        actorId: null,
        after: { status: 'CLOSED', reason: 'endDatePassed', endsAt: '2026-03-31' },
      },
    ]);
  });

  it('does not reopen a campaign whose end date has passed until the date changes', async () => {
    // A coordinator of every region: the campaign below is the coalition's own (no regions).
    const viewer = viewerOf(await createMember(db, { role: 'COORDINATOR' }));
    const campaign = await createCampaign(db, {
      title: `Closed by its date ${uniqueSuffix()}`,
      status: 'CLOSED',
      startsAt: day('2026-01-01'),
      endsAt: day('2026-03-31'),
    });
    expect(
      await changeCampaignStatus(viewer, { campaignId: campaign.id, step: 'reopen' }, meta, new Date('2026-05-01')),
    ).toMatchObject({ ok: false, status: 409, message: 'endDatePassed' });
    await db.campaign.update({ where: { id: campaign.id }, data: { endsAt: day('2026-06-30') } });
    expect(
      await changeCampaignStatus(viewer, { campaignId: campaign.id, step: 'reopen' }, meta, new Date('2026-05-01')),
    ).toMatchObject({ ok: true, message: 'reopen' });
  });
});
