import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Result } from '@/lib/forms/result';
import { createOrganization, createPublication, ensureGeography, uniqueSuffix } from '@/prisma/seed/factories';
import { coordinator, member, visitor } from '@/lib/testing/viewers';
import { getPublication, listLatestPublications, listLibraryFacets, listPublications } from './queries';
import { parseLibraryFilters } from './schemas';

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);
const titles = (items: { title: string }[]) => items.map((item) => item.title);
const readable = <T>(result: Result<T>) => (result.ok ? result.data : null);

describe('library queries', () => {
  const theme = `library-theme-${uniqueSuffix()}`;
  const filters = (extra: Record<string, string> = {}) => parseLibraryFilters({ theme, ...extra });
  let publicReport: string;
  let membersOnly: string;
  let draft: string;
  let toolkit: string;

  beforeAll(async () => {
    await ensureGeography(db);
    const organization = await createOrganization(db, { name: `Library Org ${uniqueSuffix()}` });
    const lapsed = await createOrganization(db, { name: `Lapsed Org ${uniqueSuffix()}`, status: 'LAPSED' });
    publicReport = (
      await createPublication(db, {
        title: `Public report ${uniqueSuffix()}`,
        kind: 'REPORT',
        themes: [theme],
        regions: ['africa'],
        countries: ['NG'],
        publishedAt: day('2024-03-01'),
        organizationId: organization.id,
        authors: ['Ada Author'],
      })
    ).slug;
    await createPublication(db, {
      title: `French statement ${uniqueSuffix()}`,
      kind: 'STATEMENT',
      themes: [theme],
      language: 'fr',
      regions: ['europe'],
      publishedAt: day('2024-05-01'),
      organizationId: lapsed.id,
    });
    membersOnly = (
      await createPublication(db, {
        title: `Members-only note ${uniqueSuffix()}`,
        themes: [theme],
        visibility: 'MEMBERS',
        publishedAt: day('2024-04-01'),
      })
    ).slug;
    draft = (await createPublication(db, { title: `Draft ${uniqueSuffix()}`, themes: [theme], status: 'DRAFT' })).slug;
    await createPublication(db, { title: `In review ${uniqueSuffix()}`, themes: [theme], status: 'IN_REVIEW' });
    await createPublication(db, { title: `Archived ${uniqueSuffix()}`, themes: [theme], status: 'ARCHIVED' });
    toolkit = (
      await createPublication(db, {
        title: `Toolkit ${uniqueSuffix()}`,
        themes: [theme],
        publishedAt: day('2024-02-01'),
        sections: [
          { heading: 'First steps', body: 'One' },
          { heading: 'Second steps', body: 'Two' },
          { heading: 'Last steps', body: 'Three' },
        ],
      })
    ).slug;
  });

  it('shows visitors published public publications only, newest first', async () => {
    const result = await listPublications(visitor, filters());
    expect(result.total).toBe(3);
    expect(result.items.map((item) => item.kind)).toEqual(['STATEMENT', 'REPORT', 'TOOLKIT']);
    expect(titles(result.items).some((title) => title.startsWith('Members-only'))).toBe(false);
    expect(titles(result.items).some((title) => /^(Draft|In review|Archived)/.test(title))).toBe(false);
  });

  it('shows members and coordinators the members-only publications too, but never drafts', async () => {
    for (const viewer of [member, coordinator]) {
      const result = await listPublications(viewer, filters());
      expect(result.total).toBe(4);
      expect(result.items.map((item) => item.slug)).toContain(membersOnly);
      expect(result.items.map((item) => item.slug)).not.toContain(draft);
    }
  });

  it('narrows the list by kind, region, language and theme', async () => {
    expect(titles((await listPublications(visitor, filters({ kind: 'REPORT' }))).items)).toHaveLength(1);
    expect((await listPublications(visitor, filters({ region: 'africa' }))).items.map((item) => item.slug)).toEqual([
      publicReport,
    ]);
    const french = await listPublications(visitor, filters({ language: 'fr' }));
    expect(french.items.map((item) => item.language)).toEqual(['fr']);
    expect((await listPublications(visitor, filters({ region: 'americas' }))).total).toBe(0);
    expect((await listPublications(visitor, parseLibraryFilters({ theme: `${theme}-other` }))).total).toBe(0);
  });

  it('finds publications by words within the filters, best match first, and counts the facets within them', async () => {
    const byWords = await listPublications(visitor, filters({ q: 'toolkit OR statement' }));
    expect(byWords.items.map((item) => item.kind).sort()).toEqual(['STATEMENT', 'TOOLKIT']);
    expect((await listPublications(visitor, filters({ q: 'statement', language: 'en' }))).total).toBe(0);
    expect((await listPublications(visitor, filters({ q: 'members-only' }))).total).toBe(0);
    expect((await listPublications(member, filters({ q: '"members-only note"' }))).items[0]?.slug).toBe(membersOnly);
    const facets = await listLibraryFacets(visitor, filters({ q: 'toolkit OR statement' }));
    expect(facets.kinds).toEqual({ STATEMENT: 1, TOOLKIT: 1 });
    expect(facets.languages.map((language) => [language.value, language.count])).toEqual([
      ['en', 1],
      ['fr', 1],
    ]);
  });

  it('ignores invalid filter values instead of failing', async () => {
    const result = await listPublications(visitor, filters({ kind: 'NOT_A_KIND', language: '<script>', page: '-4' }));
    expect(result.page).toBe(1);
    expect(result.total).toBe(3);
  });

  it('pages the list twenty at a time', async () => {
    const pagedTheme = `paged-${uniqueSuffix()}`;
    for (let index = 0; index < 23; index += 1) {
      await createPublication(db, {
        title: `Paged ${index} ${uniqueSuffix()}`,
        themes: [pagedTheme],
        publishedAt: new Date(Date.UTC(2023, 0, index + 1)),
      });
    }
    const first = await listPublications(visitor, parseLibraryFilters({ theme: pagedTheme }));
    const second = await listPublications(visitor, parseLibraryFilters({ theme: pagedTheme, page: '2' }));
    expect(first.items).toHaveLength(20);
    expect(first.pageCount).toBe(2);
    expect(second.items).toHaveLength(3);
    expect(second.items.at(-1)?.title.startsWith('Paged 0 ')).toBe(true);
    expect(new Set([...first.items, ...second.items].map((item) => item.slug)).size).toBe(23);
  });

  it('opens a public publication for anyone, with its organisation linked only while it is visible', async () => {
    const publication = readable(await getPublication(visitor, publicReport));
    expect(publication?.authors).toEqual(['Ada Author']);
    expect(publication?.countries.map((country) => country.code)).toEqual(['NG']);
    expect(publication?.organization?.slug).toBeTruthy();
    const statement = (await listPublications(visitor, filters({ language: 'fr' }))).items[0]!;
    expect(statement.organization?.name).toMatch(/^Lapsed Org/);
    expect(statement.organization?.slug).toBeNull();
  });

  it('asks visitors to sign in for a members-only publication, without its content, and opens it for members', async () => {
    const refused = await getPublication(visitor, membersOnly);
    expect(refused).toEqual({ ok: false, status: 401, message: 'signInRequired' });
    expect(JSON.stringify(refused)).not.toContain('Members-only note');
    for (const viewer of [member, coordinator]) {
      expect(readable(await getPublication(viewer, membersOnly))?.slug).toBe(membersOnly);
    }
  });

  it('answers 404 for a draft, whoever asks, and for an unknown slug', async () => {
    for (const viewer of [visitor, member, coordinator]) {
      expect(await getPublication(viewer, draft)).toMatchObject({ ok: false, status: 404 });
    }
    expect(await getPublication(visitor, `no-such-${uniqueSuffix()}`)).toMatchObject({ ok: false, status: 404 });
  });

  it('gives a toolkit its sections in order', async () => {
    const publication = readable(await getPublication(visitor, toolkit));
    expect(publication?.kind).toBe('TOOLKIT');
    expect(publication?.sections.map((section) => section.heading)).toEqual([
      'First steps',
      'Second steps',
      'Last steps',
    ]);
  });

  it('lists the latest publications a viewer may read', async () => {
    const latest = await listLatestPublications(visitor, 50);
    expect(latest.length).toBeLessThanOrEqual(50);
    expect(latest.map((item) => item.slug)).not.toContain(membersOnly);
    const dates = latest.map((item) => item.publishedAt?.getTime() ?? 0);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('offers only the themes, countries and languages of readable publications as filters, counted', async () => {
    const hiddenTheme = `hidden-${uniqueSuffix()}`;
    await createPublication(db, { themes: [hiddenTheme], visibility: 'MEMBERS', language: 'sw', countries: ['TV'] });
    const forVisitor = await listLibraryFacets(visitor);
    const valuesOf = (values: { value: string }[]) => values.map((facet) => facet.value);
    expect(valuesOf(forVisitor.themes)).toContain(theme);
    expect(valuesOf(forVisitor.themes)).not.toContain(hiddenTheme);
    expect(valuesOf(forVisitor.languages)).toContain('fr');
    expect(valuesOf(forVisitor.languages)).not.toContain('sw');
    expect(valuesOf(forVisitor.countries)).not.toContain('TV');
    const forMember = await listLibraryFacets(member);
    expect(valuesOf(forMember.themes)).toContain(hiddenTheme);
    expect(forMember.languages.find((facet) => facet.value === 'sw')?.count).toBe(1);
    expect(forMember.countries.find((facet) => facet.value === 'TV')?.count).toBe(1);

    // Each count is what the library lists for that value alone, for the same viewer.
    for (const viewer of [visitor, member]) {
      const facets = await listLibraryFacets(viewer);
      const [someCountry] = facets.countries;
      const [someTheme] = facets.themes;
      const asiaPacific = facets.regions.find((region) => region.value === 'asia-pacific');
      expect((await listPublications(viewer, { page: 1, country: someCountry!.value })).total).toBe(someCountry!.count);
      expect((await listPublications(viewer, { page: 1, theme: someTheme!.value })).total).toBe(someTheme!.count);
      expect((await listPublications(viewer, { page: 1, region: 'asia-pacific' })).total).toBe(asiaPacific?.count);
      expect((await listPublications(viewer, { page: 1, kind: 'REPORT' })).total).toBe(facets.kinds.REPORT ?? 0);
    }
  });

  it('counts each filter within the other chosen filters, and keeps a chosen value listed at 0', async () => {
    // The report of this suite is the only REPORT with its theme, tagged africa and NG.
    const chosen = { kind: 'REPORT' as const, theme };
    for (const viewer of [visitor, member]) {
      const facets = await listLibraryFacets(viewer, chosen);
      const total = async (extra: Record<string, string>) =>
        (await listPublications(viewer, { page: 1, ...chosen, ...extra })).total;
      const africa = facets.regions.find((region) => region.value === 'africa');
      expect(africa?.count).toBe(await total({ region: 'africa' }));
      expect(facets.countries.find((country) => country.value === 'NG')?.count).toBe(await total({ country: 'NG' }));
      for (const language of facets.languages) expect(language.count).toBe(await total({ language: language.value }));
      // A facet is not narrowed by its own choice: the kinds count every kind of the chosen theme.
      const ofTheme = await listPublications(viewer, { page: 1, theme, kind: 'TOOLKIT' });
      expect(facets.kinds.TOOLKIT ?? 0).toBe(ofTheme.total);
      expect(facets.themes.find((entry) => entry.value === theme)?.count).toBe(await total({}));
    }
    // Nothing readable with this theme is a statement in Zulu, yet the chosen values are still offered.
    const none = await listLibraryFacets(visitor, { kind: 'STATEMENT', theme, language: 'zu' });
    expect(none.themes.find((entry) => entry.value === theme)).toMatchObject({ count: 0 });
    expect(none.languages.find((entry) => entry.value === 'zu')).toMatchObject({ count: 0 });
    expect(none.regions.every((region) => region.count === 0)).toBe(true);
  });
});
