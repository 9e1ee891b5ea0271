import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { coordinator, member, visitor } from '@/lib/testing/viewers';
import { createOrganization, createPublication, ensureGeography, uniqueSuffix } from '@/prisma/seed/factories';
import { getOrganization, listDirectoryFacets, listOrganizations } from './queries';
import { parseDirectoryFilters } from './schemas';
import { dataOf } from '@/lib/testing/results';

describe('directory queries', () => {
  const theme = `directory-theme-${uniqueSuffix()}`;
  const filters = (extra: Record<string, string> = {}) => parseDirectoryFilters({ theme, ...extra });
  let active: { id: string; slug: string; name: string };
  let applied: { slug: string };
  let lapsed: { slug: string };
  let membersOnlySlug: string;

  beforeAll(async () => {
    await ensureGeography(db);
    active = await createOrganization(db, {
      name: `Alpha Monitors ${uniqueSuffix()}`,
      type: 'NGO',
      countries: ['KE', 'UG'],
      themes: [theme, 'early-warning'],
      description: 'A long description. '.repeat(40),
      website: 'https://example.org/alpha',
    });
    await createOrganization(db, {
      name: `Beta Radio ${uniqueSuffix()}`,
      type: 'MEDIA',
      countries: ['PE'],
      themes: [theme],
    });
    await createOrganization(db, {
      name: `Gamma Institute ${uniqueSuffix()}`,
      type: 'ACADEMIC',
      regions: ['europe'],
      themes: [theme],
    });
    applied = await createOrganization(db, {
      name: `Applied Org ${uniqueSuffix()}`,
      status: 'APPLIED',
      themes: [theme],
    });
    lapsed = await createOrganization(db, { name: `Lapsed Org ${uniqueSuffix()}`, status: 'LAPSED', themes: [theme] });
    await createPublication(db, { title: `Alpha public ${uniqueSuffix()}`, organizationId: active.id });
    membersOnlySlug = (
      await createPublication(db, {
        title: `Alpha internal ${uniqueSuffix()}`,
        organizationId: active.id,
        visibility: 'MEMBERS',
      })
    ).slug;
    await createPublication(db, { title: `Alpha draft ${uniqueSuffix()}`, organizationId: active.id, status: 'DRAFT' });
  });

  it('lists active organisations to visitors and members, by name, without applied or lapsed ones', async () => {
    for (const viewer of [visitor, member]) {
      const result = await listOrganizations(viewer, filters());
      expect(result.total).toBe(3);
      expect(result.items.map((item) => item.type)).toEqual(['NGO', 'MEDIA', 'ACADEMIC']);
      expect(result.items.map((item) => item.slug)).not.toContain(applied.slug);
      expect(result.items.map((item) => item.slug)).not.toContain(lapsed.slug);
    }
  });

  it('lists applied and lapsed organisations to coordinators', async () => {
    const result = await listOrganizations(coordinator, filters());
    expect(result.total).toBe(5);
    expect(result.items.map((item) => item.slug)).toEqual(expect.arrayContaining([applied.slug, lapsed.slug]));
  });

  it('shows where an organisation works and a short description', async () => {
    const item = (await listOrganizations(visitor, filters({ type: 'NGO' }))).items[0]!;
    expect(item.countries.map((country) => country.name)).toEqual(['Kenya', 'Uganda']);
    expect(item.regions.map((region) => region.slug)).toEqual(['africa']);
    expect(item.shortDescription.length).toBeLessThanOrEqual(221);
    expect(item.shortDescription.endsWith('…')).toBe(true);
  });

  it('narrows the list by region, type and theme', async () => {
    expect((await listOrganizations(visitor, filters({ type: 'MEDIA' }))).items.map((item) => item.type)).toEqual([
      'MEDIA',
    ]);
    expect((await listOrganizations(visitor, filters({ region: 'americas' }))).items.map((item) => item.type)).toEqual([
      'MEDIA',
    ]);
    expect((await listOrganizations(visitor, filters({ region: 'europe' }))).items.map((item) => item.type)).toEqual([
      'ACADEMIC',
    ]);
    expect((await listOrganizations(visitor, filters({ region: 'asia-pacific' }))).total).toBe(0);
    expect((await listOrganizations(visitor, filters({ type: 'NGO', region: 'africa' }))).items[0]?.slug).toBe(
      active.slug,
    );
  });

  it('narrows the list by country, never by a country kept for members when a visitor asks', async () => {
    expect((await listOrganizations(visitor, filters({ country: 'ke' }))).items.map((item) => item.slug)).toEqual([
      active.slug,
    ]);
    const quiet = await createOrganization(db, {
      name: `Quiet Peru ${uniqueSuffix()}`,
      countries: ['PE'],
      themes: [theme],
    });
    await db.organization.update({ where: { id: quiet.id }, data: { countriesVisibility: 'MEMBERS' } });
    expect((await listOrganizations(visitor, filters({ country: 'PE' }))).items.map((item) => item.type)).toEqual([
      'MEDIA',
    ]);
    expect((await listOrganizations(member, filters({ country: 'PE' }))).total).toBe(2);
    await db.organization.delete({ where: { id: quiet.id } });
  });

  it('counts each filter value within the other chosen filters', async () => {
    const facets = await listDirectoryFacets(visitor, { theme });
    expect(facets.types).toEqual({ NGO: 1, MEDIA: 1, ACADEMIC: 1 });
    expect(facets.countries.map((country) => [country.value, country.count])).toEqual([
      ['KE', 1],
      ['PE', 1],
      ['UG', 1],
    ]);
    expect(facets.regions.find((region) => region.value === 'africa')?.count).toBe(1);
    // A chosen type narrows the other facets, not its own.
    const ngos = await listDirectoryFacets(visitor, { theme, type: 'NGO' });
    expect(ngos.types).toEqual({ NGO: 1, MEDIA: 1, ACADEMIC: 1 });
    expect(ngos.countries.map((country) => country.value)).toEqual(['KE', 'UG']);
    expect(ngos.themes.find((entry) => entry.value === theme)?.count).toBe(1);
    // Applied organisations count for staff only.
    expect(
      (await listDirectoryFacets(coordinator, { theme })).themes.find((entry) => entry.value === theme)?.count,
    ).toBe(5);
  });

  it('finds organisations by words, best match first, and orders them by name or newest', async () => {
    const byWords = await listOrganizations(visitor, filters({ q: 'monitors' }));
    expect(byWords.items.map((item) => item.slug)).toEqual([active.slug]);
    expect(
      (await listOrganizations(visitor, filters({ q: 'radio OR institute' }))).items.map((item) => item.type),
    ).toEqual(expect.arrayContaining(['MEDIA', 'ACADEMIC']));
    expect((await listDirectoryFacets(visitor, { theme, q: 'radio' })).types).toEqual({ MEDIA: 1 });
    const newestTheme = `newest-${uniqueSuffix()}`;
    for (const [name, joined] of [
      ['Aardvark Old', '2019-01-01'],
      ['Zebra New', '2025-06-01'],
      ['Middle', '2022-03-01'],
    ] as const) {
      await createOrganization(db, {
        name: `${name} ${uniqueSuffix()}`,
        themes: [newestTheme],
        joinedAt: new Date(joined),
      });
    }
    const names = async (sort?: string) =>
      (await listOrganizations(visitor, parseDirectoryFilters({ theme: newestTheme, sort }))).items.map(
        (item) => item.name.split(' ')[0],
      );
    expect(await names()).toEqual(['Aardvark', 'Middle', 'Zebra']);
    expect(await names('newest')).toEqual(['Zebra', 'Middle', 'Aardvark']);
    expect(await names('sideways')).toEqual(['Aardvark', 'Middle', 'Zebra']);
  });

  it('ignores invalid filter values', async () => {
    const result = await listOrganizations(visitor, filters({ type: 'SPY_AGENCY', region: 'Not a slug!', page: 'x' }));
    expect(result.total).toBe(3);
    expect(result.page).toBe(1);
  });

  it('pages the directory 24 at a time', async () => {
    const pagedTheme = `paged-${uniqueSuffix()}`;
    for (let index = 0; index < 26; index += 1) {
      await createOrganization(db, {
        name: `Paged ${String(index).padStart(2, '0')} ${uniqueSuffix()}`,
        themes: [pagedTheme],
      });
    }
    const first = await listOrganizations(visitor, parseDirectoryFilters({ theme: pagedTheme }));
    const second = await listOrganizations(visitor, parseDirectoryFilters({ theme: pagedTheme, page: '2' }));
    expect(first.items).toHaveLength(24);
    expect(first.pageCount).toBe(2);
    expect(second.items.map((item) => item.name.slice(0, 8))).toEqual(['Paged 24', 'Paged 25']);
    const beyond = await listOrganizations(visitor, parseDirectoryFilters({ theme: pagedTheme, page: '9' }));
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBe(26);
  });

  it('opens an active profile with the publications the viewer may read', async () => {
    const forVisitor = dataOf(await getOrganization(visitor, active.slug));
    expect(forVisitor?.name).toBe(active.name);
    expect(forVisitor?.website).toBe('https://example.org/alpha');
    expect(forVisitor?.publications).toHaveLength(1);
    const forMember = dataOf(await getOrganization(member, active.slug));
    expect(forMember?.publications.map((publication) => publication.slug)).toContain(membersOnlySlug);
    expect(forMember?.publications).toHaveLength(2);
  });

  it('keeps applied and lapsed profiles from visitors and members, and answers 404 for unknown slugs', async () => {
    expect(await getOrganization(visitor, applied.slug)).toMatchObject({ ok: false, status: 404 });
    expect(await getOrganization(member, lapsed.slug)).toMatchObject({ ok: false, status: 404 });
    expect(dataOf(await getOrganization(coordinator, applied.slug))?.status).toBe('APPLIED');
    expect(await getOrganization(visitor, `no-such-${uniqueSuffix()}`)).toMatchObject({ ok: false, status: 404 });
  });

  it('offers the themes of visible organisations as filters', async () => {
    const hiddenTheme = `hidden-${uniqueSuffix()}`;
    await createOrganization(db, { status: 'APPLIED', themes: [hiddenTheme] });
    const slugsFor = async (viewer: typeof visitor | typeof coordinator) =>
      (await listDirectoryFacets(viewer, {})).themes.map((tag) => tag.value);
    const themes = await slugsFor(visitor);
    expect(themes).toContain(theme);
    expect(themes).not.toContain(hiddenTheme);
    expect(await slugsFor(coordinator)).toContain(hiddenTheme);
  });
});
