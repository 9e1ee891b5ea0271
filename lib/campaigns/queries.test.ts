import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { coordinator, member, visitor } from '@/lib/testing/viewers';
import {
  createCampaign,
  createOrganization,
  createSignature,
  ensureGeography,
  uniqueSuffix,
} from '@/prisma/seed/factories';
import { getCampaign, listActiveCampaigns, listCampaigns } from './queries';
import { dataOf } from '@/lib/testing/results';

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('campaign queries', () => {
  let running: { id: string; slug: string };
  let closed: { slug: string };
  let draft: { slug: string };
  let endorser: { id: string; name: string; slug: string };
  let lapsedEndorser: { id: string; name: string };
  const mine = (items: { slug: string }[]) =>
    items.filter((item) => [running.slug, closed.slug, draft.slug].includes(item.slug)).map((item) => item.slug);

  beforeAll(async () => {
    await ensureGeography(db);
    endorser = await createOrganization(db, { name: `Endorser ${uniqueSuffix()}` });
    lapsedEndorser = await createOrganization(db, { name: `Lapsed Endorser ${uniqueSuffix()}`, status: 'LAPSED' });
    closed = await createCampaign(db, { status: 'CLOSED', startsAt: day('2030-01-01'), endsAt: day('2030-06-01') });
    running = await createCampaign(db, {
      status: 'ACTIVE',
      startsAt: day('2020-01-01'),
      signatureGoal: 10,
      regions: ['africa'],
      targets: ['The Security Council'],
      updates: [
        { title: 'Older update', body: 'First', publishedAt: day('2024-01-01') },
        { title: 'Newer update', body: 'Second', publishedAt: day('2024-02-01') },
      ],
    });
    draft = await createCampaign(db, { status: 'DRAFT', startsAt: day('2031-01-01') });

    await createSignature(db, running.id, {
      name: 'Confirmed Public',
      countryCode: 'KE',
      comment: 'Protect civilians',
      createdAt: day('2024-03-01'),
    });
    await createSignature(db, running.id, { name: 'Confirmed Later', createdAt: day('2024-03-02') });
    await createSignature(db, running.id, { name: 'Confirmed Private', isPublic: false });
    await createSignature(db, running.id, { name: 'Unconfirmed Signer', emailConfirmedAt: null });
    await createSignature(db, running.id, { name: endorser.name, organizationId: endorser.id });
    await createSignature(db, running.id, { name: lapsedEndorser.name, organizationId: lapsedEndorser.id });
  });

  it('lists running campaigns before closed ones, and hides drafts from visitors and members', async () => {
    expect(mine(await listCampaigns(visitor))).toEqual([running.slug, closed.slug]);
    expect(mine(await listCampaigns(member))).toEqual([running.slug, closed.slug]);
  });

  it('shows drafts to coordinators, after the others', async () => {
    expect(mine(await listCampaigns(coordinator))).toEqual([running.slug, closed.slug, draft.slug]);
  });

  it('counts confirmed people, not unconfirmed ones, and endorsements apart', async () => {
    const item = (await listCampaigns(visitor)).find((campaign) => campaign.slug === running.slug)!;
    // Three confirmed people (one private); the unconfirmed signer is not counted. One endorsement:
    // the lapsed organisation's is not counted.
    expect(item.signatureCount).toBe(3);
    expect(item.endorsementCount).toBe(1);
    expect(item.signatureGoal).toBe(10);
    expect(item.regions.map((region) => region.slug)).toEqual(['africa']);
  });

  it('lists only running campaigns on request', async () => {
    const active = await listActiveCampaigns(visitor);
    expect(active.every((campaign) => campaign.status === 'ACTIVE')).toBe(true);
    expect(mine(active)).toEqual([running.slug]);
  });

  it('opens a campaign with its updates newest first and its public, confirmed signatures', async () => {
    const campaign = dataOf(await getCampaign(visitor, running.slug));
    expect(campaign?.targets).toEqual(['The Security Council']);
    expect(campaign?.updates.map((update) => update.title)).toEqual(['Newer update', 'Older update']);
    expect(campaign?.signatureCount).toBe(3);
    const names = campaign?.latestSignatures.map((signature) => signature.name);
    expect(names?.slice(-2)).toEqual(['Confirmed Later', 'Confirmed Public']);
    expect(names).not.toContain('Confirmed Private');
    expect(names).not.toContain('Unconfirmed Signer');
    expect(names).not.toContain(endorser.name);
    expect(campaign?.latestSignatures.find((signature) => signature.name === 'Confirmed Public')).toMatchObject({
      country: 'Kenya',
      comment: 'Protect civilians',
    });
  });

  it('lists endorsing organisations in the directory, linked, and none that lapsed', async () => {
    const campaign = dataOf(await getCampaign(visitor, running.slug));
    const endorsements = campaign?.endorsements.map((endorsement) => endorsement.organization);
    expect(endorsements).toEqual([{ name: endorser.name, slug: endorser.slug, logoUrl: null }]);
    expect(campaign?.endorsements.map((endorsement) => endorsement.organization.name)).not.toContain(
      lapsedEndorser.name,
    );
  });

  it('keeps drafts from visitors, opens them for coordinators, and answers 404 for unknown slugs', async () => {
    expect(await getCampaign(visitor, draft.slug)).toMatchObject({ ok: false, status: 404 });
    expect(await getCampaign(member, draft.slug)).toMatchObject({ ok: false, status: 404 });
    expect(dataOf(await getCampaign(coordinator, draft.slug))?.status).toBe('DRAFT');
    expect(dataOf(await getCampaign(visitor, closed.slug))?.status).toBe('CLOSED');
    expect(await getCampaign(visitor, `no-such-${uniqueSuffix()}`)).toMatchObject({ ok: false, status: 404 });
  });
});
