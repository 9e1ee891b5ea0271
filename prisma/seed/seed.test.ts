import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { demoCampaigns } from './content/campaigns';
import { demoEvents } from './content/events';
import { demoPublications } from './content/publications';
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
    expect(first.events).toBe(demoEvents.length);
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

  it('gives every organisation the regions of its countries, and no others where it names countries', async () => {
    const organizations = await db.organization.findMany({
      select: {
        name: true,
        regions: { select: { slug: true } },
        countries: { select: { region: { select: { slug: true } } } },
      },
    });
    expect(organizations.length).toBeGreaterThanOrEqual(40);
    for (const organization of organizations) {
      const regions = organization.regions.map((region) => region.slug).sort();
      const ofCountries = [...new Set(organization.countries.map((country) => country.region.slug))].sort();
      // "Works in Canada, United States (Americas)": the regions shown beside the countries are theirs.
      expect(regions, organization.name).toEqual(expect.arrayContaining(ofCountries));
      if (ofCountries.length > 0) expect(regions, organization.name).toEqual(ofCountries);
    }
  });

  it('claims no more signatures in campaign updates than the campaign counts', () => {
    for (const demo of demoCampaigns) {
      const counted = demo.signatures.length + demo.endorsements.length;
      for (const update of demo.updates) {
        for (const [, claimed] of update.body.matchAll(/(\d[\d,]*)\**\s+(?:signatures|people (?:have )?signed)/g)) {
          expect(Number(claimed!.replaceAll(',', '')), `${demo.title}: ${update.title}`).toBeLessThanOrEqual(counted);
        }
      }
    }
  });

  it('names a re-published piece\'s source by its name alone: the catalogue says "First published in"', () => {
    const sources = demoPublications.flatMap((publication) => (publication.source ? [publication.source] : []));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(source).not.toMatch(/^(first|originally) published|^publié/i);
    }
  });
});
