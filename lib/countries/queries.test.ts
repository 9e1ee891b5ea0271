// A country's page as each viewer reads it: its organisations (never one that keeps its countries
// for members, for a visitor), publications about it (members-only ones for members), the running
// campaigns and upcoming events of its region, and 404 for a code that is no country.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { dataOf } from '@/lib/testing/results';
import { member, visitor } from '@/lib/testing/viewers';
import {
  createCampaign,
  createEvent,
  createOrganization,
  createPublication,
  ensureGeography,
  uniqueSuffix,
} from '@/prisma/seed/factories';
import { countryPath, getCountry } from './queries';

describe('a country’s page', () => {
  const suffix = uniqueSuffix();
  const names = {
    open: `Open watchers ${suffix}`,
    discreet: `Discreet watchers ${suffix}`,
    applicant: `Applicant watchers ${suffix}`,
    elsewhere: `Elsewhere watchers ${suffix}`,
    report: `Report on Tanzania ${suffix}`,
    brief: `Members brief on Tanzania ${suffix}`,
    running: `Running in Africa ${suffix}`,
    closed: `Closed in Africa ${suffix}`,
    european: `Running in Europe ${suffix}`,
    meeting: `Meeting in Africa ${suffix}`,
  };

  beforeAll(async () => {
    await ensureGeography(db);
    await createOrganization(db, { name: names.open, countries: ['TZ'] });
    const discreet = await createOrganization(db, { name: names.discreet, countries: ['TZ'] });
    await db.organization.update({ where: { id: discreet.id }, data: { countriesVisibility: 'MEMBERS' } });
    await createOrganization(db, { name: names.applicant, countries: ['TZ'], status: 'APPLIED' });
    await createOrganization(db, { name: names.elsewhere, countries: ['KE'] });
    await createPublication(db, { title: names.report, countries: ['TZ'] });
    await createPublication(db, { title: names.brief, countries: ['TZ'], visibility: 'MEMBERS' });
    await createCampaign(db, { title: names.running, regions: ['africa'] });
    await createCampaign(db, { title: names.closed, regions: ['africa'], status: 'CLOSED' });
    await createCampaign(db, { title: names.european, regions: ['europe'] });
    await createEvent(db, {
      title: names.meeting,
      regions: ['africa'],
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
    });
  });

  it('shows a visitor its public organisations and publications, and its region’s running campaigns and events', async () => {
    const country = dataOf(await getCountry(visitor, 'tz'))!;
    expect(country).toMatchObject({ code: 'TZ', name: 'Tanzania', region: { slug: 'africa' } });
    const organizations = country.organizations.items.map((organization) => organization.name);
    expect(organizations).toContain(names.open);
    expect(organizations).not.toContain(names.discreet);
    expect(organizations).not.toContain(names.applicant);
    expect(organizations).not.toContain(names.elsewhere);
    const publications = country.publications.items.map((publication) => publication.title);
    expect(publications).toContain(names.report);
    expect(publications).not.toContain(names.brief);
    const campaigns = country.campaigns.map((campaign) => campaign.title);
    expect(campaigns).toContain(names.running);
    expect(campaigns).not.toContain(names.closed);
    expect(campaigns).not.toContain(names.european);
    expect(country.events.items.map((event) => event.title)).toContain(names.meeting);
  });

  it('shows a member what is kept for members', async () => {
    const country = dataOf(await getCountry(member, 'TZ'))!;
    expect(country.organizations.items.map((organization) => organization.name)).toContain(names.discreet);
    expect(country.publications.items.map((publication) => publication.title)).toContain(names.brief);
  });

  it('is not found for a code that is no country', async () => {
    for (const code of ['zz', 'k', 'kenya', '<s', '']) {
      expect((await getCountry(visitor, code)).ok, code).toBe(false);
    }
    expect(countryPath('KE')).toBe('/countries/ke');
  });
});
