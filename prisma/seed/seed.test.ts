import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countries } from './geography';
import { demoAccounts, seedDemoContent } from './index';

describe('demo seed', () => {
  let first: Awaited<ReturnType<typeof seedDemoContent>>;
  beforeAll(async () => {
    first = await seedDemoContent(db);
  });

  it('fills an empty database and changes nothing when run again', async () => {
    expect(first.regions).toBe(5);
    expect(first.countries).toBe(countries.length);
    expect(first.countries).toBeGreaterThan(240);
    expect(first.organizations).toBeGreaterThanOrEqual(40);
    expect(first.publications).toBeGreaterThanOrEqual(60);
    expect(first.campaigns).toBe(3);
    expect(first.members).toBe(demoAccounts.length);

    const second = await seedDemoContent(db);
    expect(second).toEqual(first);
  });

  it('seeds two toolkits with ordered sections and a signed campaign', async () => {
    const toolkits = await db.publication.findMany({
      where: { kind: 'TOOLKIT' },
      select: { sections: { select: { position: true }, orderBy: { position: 'asc' } } },
    });
    expect(toolkits).toHaveLength(2);
    for (const toolkit of toolkits) {
      expect(toolkit.sections.length).toBeGreaterThanOrEqual(3);
      expect(toolkit.sections.map((section) => section.position)).toEqual(toolkit.sections.map((_, index) => index));
    }
    const campaigns = await db.campaign.findMany({ select: { _count: { select: { signatures: true } } } });
    for (const campaign of campaigns) expect(campaign._count.signatures).toBeGreaterThan(10);
  });

  it('places every country in one of the five regions', async () => {
    const perRegion = await db.region.findMany({ select: { _count: { select: { countries: true } } } });
    expect(perRegion.reduce((sum, region) => sum + region._count.countries, 0)).toBe(countries.length);
    const france = await db.country.findUnique({
      where: { code: 'FR' },
      select: { region: { select: { slug: true } } },
    });
    const egypt = await db.country.findUnique({
      where: { code: 'EG' },
      select: { region: { select: { slug: true } } },
    });
    const fiji = await db.country.findUnique({ where: { code: 'FJ' }, select: { region: { select: { slug: true } } } });
    expect(france?.region.slug).toBe('europe');
    expect(egypt?.region.slug).toBe('middle-east-north-africa');
    expect(fiji?.region.slug).toBe('asia-pacific');
  });
});
