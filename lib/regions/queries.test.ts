import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { coordinator, member, visitor } from '@/lib/testing/viewers';
import {
  createCampaign,
  createOrganization,
  createPublication,
  createSignature,
  ensureGeography,
  uniqueSuffix,
} from '@/prisma/seed/factories';
import { getRegion, listRegionOptions, listRegions } from './queries';
import { dataOf } from '@/lib/testing/results';

// Counts are compared before and after this file's rows are added, so other rows do not matter.
async function countsOf(viewer: Parameters<typeof listRegions>[0], slug: string) {
  return (await listRegions(viewer)).find((region) => region.slug === slug)!.counts;
}

describe('region queries', () => {
  let before: Awaited<ReturnType<typeof countsOf>>;
  let beforeForMember: Awaited<ReturnType<typeof countsOf>>;
  let organization: { slug: string; name: string };
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    await ensureGeography(db);
    before = await countsOf(visitor, 'asia-pacific');
    beforeForMember = await countsOf(member, 'asia-pacific');
    organization = await createOrganization(db, { name: `Asia Org ${uniqueSuffix()}`, countries: ['ID'] });
    await createOrganization(db, { name: `Asia Applicant ${uniqueSuffix()}`, countries: ['ID'], status: 'APPLIED' });
    for (let index = 0; index < 12; index += 1) {
      await createPublication(db, {
        title: `Asia report ${index} ${uniqueSuffix()}`,
        regions: ['asia-pacific'],
        publishedAt: new Date(Date.UTC(2099, 0, index + 1)),
      });
    }
    await createPublication(db, {
      title: `Asia internal ${uniqueSuffix()}`,
      regions: ['asia-pacific'],
      visibility: 'MEMBERS',
    });
    await createPublication(db, { title: `Asia draft ${uniqueSuffix()}`, regions: ['asia-pacific'], status: 'DRAFT' });
    campaign = await createCampaign(db, { regions: ['asia-pacific'], status: 'ACTIVE' });
    await createSignature(db, campaign.id, {});
    await createSignature(db, campaign.id, { emailConfirmedAt: null });
    await createCampaign(db, { regions: ['asia-pacific'], status: 'CLOSED' });
    await createCampaign(db, { regions: ['asia-pacific'], status: 'DRAFT' });
  });

  it('lists the five regions in order', async () => {
    const regions = await listRegions(visitor);
    expect(regions.map((region) => region.slug)).toEqual([
      'africa',
      'americas',
      'asia-pacific',
      'europe',
      'middle-east-north-africa',
    ]);
    expect((await listRegionOptions()).map((region) => region.name)).toContain('Middle East and North Africa');
  });

  it('counts what the viewer may see in a region', async () => {
    const after = await countsOf(visitor, 'asia-pacific');
    expect(after.organizations - before.organizations).toBe(1);
    expect(after.publications - before.publications).toBe(12);
    expect(after.activeCampaigns - before.activeCampaigns).toBe(1);
    expect(after.countries).toBeGreaterThan(30);
    const afterForMember = await countsOf(member, 'asia-pacific');
    expect(afterForMember.publications - beforeForMember.publications).toBe(13);
  });

  it('opens a region with its organisations, latest ten publications, campaigns and countries', async () => {
    const region = dataOf(await getRegion(visitor, 'asia-pacific'));
    expect(region?.name).toBe('Asia-Pacific');
    expect(region?.organizations.map((item) => item.slug)).toContain(organization.slug);
    expect(region?.organizations.some((item) => item.slug.startsWith('asia-applicant'))).toBe(false);
    expect(region?.latestPublications).toHaveLength(10);
    expect(region?.latestPublications[0]?.title).toMatch(/^Asia report 11 /);
    expect(region?.countries.map((country) => country.name)).toContain('Indonesia');
    const mine = region?.campaigns.find((item) => item.slug === campaign.slug);
    expect(mine?.signatureCount).toBe(1);
    expect(region?.campaigns.some((item) => item.status === 'DRAFT')).toBe(false);
    expect(region?.campaigns[0]?.status).toBe('ACTIVE');
  });

  it('shows coordinators the applied organisations and draft campaigns of a region', async () => {
    const region = dataOf(await getRegion(coordinator, 'asia-pacific'));
    expect(region?.organizations.some((item) => item.slug.startsWith('asia-applicant'))).toBe(true);
    expect(region?.campaigns.at(-1)?.status).toBe('DRAFT');
  });

  it('answers 404 for an unknown region', async () => {
    expect(await getRegion(visitor, 'atlantis')).toMatchObject({ ok: false, status: 404 });
  });
});
