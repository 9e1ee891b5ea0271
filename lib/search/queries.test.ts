import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import {
  createCampaign,
  createEvent,
  createOrganization,
  createPublication,
  ensureGeography,
  publicationRow,
} from '@/prisma/seed/factories';
import { listPublications } from '@/lib/library/queries';
import { parseLibraryFilters } from '@/lib/library/schemas';
import { coordinator, member, visitor } from '@/lib/testing/viewers';
import type { MaybeViewer } from '@/lib/auth/policy';
import { searchPortal, type SearchResults } from './queries';
import { matchStart, matchStop, parseSearchFilters, rankedCandidateLimit, snippetParts } from './schemas';

/** A word no other row holds, so each test counts only what it made. */
function uniqueWord(): string {
  return `zq${Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
}

async function search(viewer: MaybeViewer, params: Record<string, string>): Promise<SearchResults> {
  const results = await searchPortal(viewer, parseSearchFilters(params));
  if (!results) throw new Error('expected results');
  return results;
}

const titlesOf = (results: SearchResults, kind: string) =>
  results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.title) ?? [];
const kindCounts = (results: SearchResults) =>
  Object.fromEntries(Object.entries(results.facets.kinds).map(([kind, found]) => [kind, found.count]));
const countOf = (values: { value: string; count: number }[], value: string) =>
  values.find((entry) => entry.value === value)?.count;

describe('search', () => {
  const word = uniqueWord();

  beforeAll(async () => {
    await ensureGeography(db);
    await createOrganization(db, {
      name: `Watchers of ${word}`,
      description: 'Monitors elections across the region.',
      countries: ['KE'],
      themes: ['early-warning'],
      joinedAt: new Date('2022-06-01T00:00:00Z'),
    });
    await createPublication(db, {
      title: `A report on ${word}`,
      summary: 'What we saw.',
      kind: 'REPORT',
      countries: ['KE'],
      themes: ['early-warning'],
      publishedAt: new Date('2024-03-01T00:00:00Z'),
    });
    await createPublication(db, {
      title: 'Field notes',
      summary: `Among other things, a mention of ${word} in passing.`,
      kind: 'TOOLKIT',
      regions: ['europe'],
      publishedAt: new Date('2023-05-01T00:00:00Z'),
    });
    await createPublication(db, {
      title: `Members brief on ${word}`,
      visibility: 'MEMBERS',
      countries: ['NG'],
      publishedAt: new Date('2024-04-01T00:00:00Z'),
    });
    await createPublication(db, { title: `Draft on ${word}`, status: 'DRAFT' });
    await createCampaign(db, { title: `Campaign for ${word}`, status: 'ACTIVE', regions: ['africa'] });
    await createCampaign(db, { title: `Draft campaign for ${word}`, status: 'DRAFT' });
    await createEvent(db, { title: `Meeting about ${word}`, location: 'Nairobi', regions: ['africa'] });
  });

  it('finds organisations, publications, campaigns and events the viewer may read, grouped by kind', async () => {
    const results = await search(visitor, { q: word });
    expect(results.groups.map((group) => group.kind)).toEqual(['organization', 'publication', 'campaign', 'event']);
    expect(titlesOf(results, 'organization')).toEqual([`Watchers of ${word}`]);
    expect(titlesOf(results, 'publication').sort()).toEqual([`A report on ${word}`, 'Field notes']);
    expect(titlesOf(results, 'campaign')).toEqual([`Campaign for ${word}`]);
    expect(titlesOf(results, 'event')).toEqual([`Meeting about ${word}`]);
    expect(kindCounts(results)).toEqual({ organization: 1, publication: 2, campaign: 1, event: 1 });
  });

  it('ranks a match in the title above a match in the summary', async () => {
    const results = await search(visitor, { q: word, kind: 'publication' });
    expect(titlesOf(results, 'publication')).toEqual([`A report on ${word}`, 'Field notes']);
  });

  it('never finds, lists or counts what the viewer may not open', async () => {
    const forVisitor = await search(visitor, { q: word, kind: 'publication' });
    expect(JSON.stringify(forVisitor)).not.toContain('Members brief');
    expect(JSON.stringify(forVisitor)).not.toContain('Draft');
    expect(countOf(forVisitor.facets.countries, 'NG')).toBeUndefined();
    expect(forVisitor.facets.years.map((year) => year.value)).toEqual(['2024', '2023']);
    expect(countOf(forVisitor.facets.years, '2024')).toBe(1);

    const forMember = await search(member, { q: word, kind: 'publication' });
    expect(titlesOf(forMember, 'publication')).toContain(`Members brief on ${word}`);
    expect(titlesOf(forMember, 'publication')).not.toContain(`Draft on ${word}`);
    expect(countOf(forMember.facets.countries, 'NG')).toBe(1);

    expect(titlesOf(await search(member, { q: word }), 'campaign')).toEqual([`Campaign for ${word}`]);
    expect(titlesOf(await search(coordinator, { q: word }), 'campaign').sort()).toEqual([
      `Campaign for ${word}`,
      `Draft campaign for ${word}`,
    ]);
  });

  it('reads web search syntax: quoted phrases, exclusions and OR', async () => {
    const other = uniqueWord();
    await createPublication(db, { title: `${word} ${other} together` });
    await createPublication(db, { title: `${other} then ${word}` });
    const phrase = await search(visitor, { q: `"${word} ${other}"`, kind: 'publication' });
    expect(titlesOf(phrase, 'publication')).toEqual([`${word} ${other} together`]);
    const excluded = await search(visitor, { q: `${word} -${other}`, kind: 'publication' });
    expect(titlesOf(excluded, 'publication').sort()).toEqual([`A report on ${word}`, 'Field notes']);
    const either = await search(visitor, { q: `${other} OR ${uniqueWord()}`, kind: 'publication' });
    expect(titlesOf(either, 'publication')).toHaveLength(2);
  });

  it('marks the matched words in a snippet, and only those', async () => {
    const results = await search(visitor, { q: word, kind: 'publication' });
    const notes = results.groups[0]!.hits.find((hit) => hit.title === 'Field notes')!;
    expect(snippetParts(notes.snippet)).toEqual([
      { text: 'Among other things, a mention of ', matched: false },
      { text: word, matched: true },
      { text: ' in passing', matched: false },
    ]);
  });

  it('keeps marks typed into a text from looking like matches', async () => {
    const marked = uniqueWord();
    await createPublication(db, { title: 'Marks', summary: `${matchStart}fake${matchStop} then ${marked}` });
    const results = await search(visitor, { q: marked });
    const parts = snippetParts(results.groups[0]!.hits[0]!.snippet);
    expect(parts.filter((part) => part.matched).map((part) => part.text)).toEqual([marked]);
  });

  it('counts each facet within the other chosen filters, and narrows by them', async () => {
    const inKenya = await search(visitor, { q: word, country: 'KE' });
    expect(kindCounts(inKenya)).toEqual({ organization: 1, publication: 1, campaign: 0, event: 0 });
    // The country facet still offers the alternatives, counted without the country chosen.
    expect(countOf(inKenya.facets.countries, 'KE')).toBe(2);
    expect(countOf(inKenya.facets.themes, 'early-warning')).toBe(2);
    const reports = await search(visitor, { q: word, kind: 'publication', year: '2023' });
    expect(titlesOf(reports, 'publication')).toEqual(['Field notes']);
    expect(countOf(reports.facets.years, '2024')).toBe(1);
    const inAfrica = await search(visitor, { q: word, region: 'africa' });
    expect(kindCounts(inAfrica)).toEqual({ organization: 1, publication: 1, campaign: 1, event: 1 });
    const toolkitsOnly = await search(visitor, { q: word, kind: 'publication', region: 'europe' });
    expect(titlesOf(toolkitsOnly, 'publication')).toEqual(['Field notes']);
  });

  it('hides a members-only description from visitors, also from exclusions, and searches it for members', async () => {
    const hidden = uniqueWord();
    const name = `Quiet Collective ${uniqueWord()}`;
    const organization = await createOrganization(db, { name, description: `We work on ${hidden}.` });
    await db.organization.update({ where: { id: organization.id }, data: { descriptionVisibility: 'MEMBERS' } });

    expect((await search(visitor, { q: hidden })).groups).toEqual([]);
    const byName = await search(visitor, { q: `${name} -${hidden}` });
    expect(titlesOf(byName, 'organization')).toEqual([name]);
    expect(JSON.stringify(byName)).not.toContain(hidden);

    const forMember = await search(member, { q: hidden });
    expect(titlesOf(forMember, 'organization')).toEqual([name]);
    expect(forMember.groups[0]!.hits[0]!.snippet).toContain(hidden);
  });

  it("does not count an organisation's members-only themes and countries for visitors", async () => {
    const quiet = uniqueWord();
    const organization = await createOrganization(db, {
      name: `Discreet ${quiet}`,
      countries: ['UG'],
      themes: ['early-warning'],
    });
    await db.organization.update({
      where: { id: organization.id },
      data: { countriesVisibility: 'MEMBERS', themesVisibility: 'MEMBERS' },
    });
    const forVisitor = await search(visitor, { q: quiet });
    expect(forVisitor.facets.countries).toEqual([]);
    expect(forVisitor.facets.themes).toEqual([]);
    expect((await search(visitor, { q: quiet, country: 'UG' })).groups).toEqual([]);
    expect((await search(visitor, { q: quiet, theme: 'early-warning' })).groups).toEqual([]);
    expect(countOf((await search(member, { q: quiet })).facets.countries, 'UG')).toBe(1);
    expect(titlesOf(await search(member, { q: quiet, theme: 'early-warning' }), 'organization')).toEqual([
      `Discreet ${quiet}`,
    ]);
  });

  it("matches French and Spanish texts with their own language's stemming", async () => {
    const tag = uniqueWord();
    await createPublication(db, { title: `${tag} Les élections nationales`, language: 'fr' });
    await createPublication(db, { title: `${tag} Las organizaciones indígenas`, language: 'es' });
    await createPublication(db, { title: `${tag} nationales organizaciones`, language: 'en' });

    const french = await search(visitor, { q: `${tag} national`, kind: 'publication' });
    expect(titlesOf(french, 'publication')).toEqual([`${tag} Les élections nationales`]);
    const spanish = await search(visitor, { q: `${tag} organización indigena`, kind: 'publication' });
    expect(titlesOf(spanish, 'publication')).toEqual([`${tag} Las organizaciones indígenas`]);
    expect(countOf(french.facets.languages, 'fr')).toBe(1);
  });

  it('answers nothing for no words, and no match for words too common to search', async () => {
    expect(await searchPortal(visitor, parseSearchFilters({}))).toBeNull();
    expect(await searchPortal(visitor, parseSearchFilters({ q: '   ' }))).toBeNull();
    expect((await search(visitor, { q: 'the and of' })).groups).toEqual([]);
    // Hostile syntax is words like any other, never an error.
    const odd = await search(visitor, { q: `${word} ')); DROP TABLE "Publication"; -- !:* & | <->` });
    expect(odd.groups.length).toBeGreaterThanOrEqual(0);
    expect(await db.publication.count()).toBeGreaterThan(0);
  });

  it('pages a chosen kind twenty at a time', async () => {
    const paged = uniqueWord();
    for (let index = 0; index < 23; index += 1) {
      await createPublication(db, { title: `${paged} number ${index}` });
    }
    const first = await search(visitor, { q: paged, kind: 'publication' });
    const second = await search(visitor, { q: paged, kind: 'publication', page: '2' });
    expect(first.groups[0]!.total).toBe(23);
    expect(first.groups[0]!.atLeast).toBe(false);
    expect(first.groups[0]!.hits).toHaveLength(20);
    expect(second.groups[0]!.hits).toHaveLength(3);
    const slugs = [...first.groups[0]!.hits, ...second.groups[0]!.hits].map((hit) => hit.slug);
    expect(new Set(slugs).size).toBe(23);
  });

  it('ranks and counts only the newest matches of a word found in very many rows, and says so', async () => {
    const common = uniqueWord();
    const rows = Array.from({ length: rankedCandidateLimit + 5 }, (_, index) => ({
      ...publicationRow({
        title: `${common} item ${index}`,
        publishedAt: new Date(Date.UTC(2020, 0, 1) + index * 60_000),
      }),
      id: `cap${index}${uniqueWord()}`,
    }));
    await db.publication.createMany({ data: rows });
    const results = await search(visitor, { q: common, kind: 'publication' });
    expect(results.facets.kinds.publication).toEqual({ count: rankedCandidateLimit, atLeast: true });
    expect(results.groups[0]!.hits[0]!.title).toBe(`${common} item ${rankedCandidateLimit + 4}`);
    expect(results.facets.years).toEqual([
      { value: '2020', label: '2020', count: rankedCandidateLimit, atLeast: true },
    ]);
    const library = await listPublications(visitor, parseLibraryFilters({ q: common }));
    expect([library.total, library.atLeast, library.pageCount]).toEqual([rankedCandidateLimit, true, 50]);
    // The oldest five are beyond the sample, found once the words narrow to them.
    const oldest = await search(visitor, { q: `${common} "item 3"`, kind: 'publication' });
    expect(titlesOf(oldest, 'publication')).toEqual([`${common} item 3`]);
  });
});
