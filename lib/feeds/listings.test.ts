// The feeds of the library, the directory, campaigns and a search, read back as XML: what a visitor
// may see and nothing else (members-only publications, descriptions and countries, drafts, applicants),
// the page's filters applied, the newest first, every link absolute, valid RSS and Atom.
import { xml2js, type Element } from 'xml-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { all, textOf } from '@/lib/testing/xml';
import {
  createCampaign,
  createEvent,
  createOrganization,
  createPublication,
  ensureGeography,
} from '@/prisma/seed/factories';
import { listOrganizations } from '@/lib/directory/queries';
import { parseDirectoryFilters } from '@/lib/directory/schemas';
import { listPublications } from '@/lib/library/queries';
import { parseLibraryFilters } from '@/lib/library/schemas';
import { listingFeed } from './listings';
import { feedLinksOf, type FeedListing } from './paths';
import { renderFeed, type FeedFormat } from './render';

/** A word no other row holds, so each test reads only what it made. */
function uniqueWord(): string {
  return `zf${Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
}

async function feedXml(listing: FeedListing, params: Record<string, string>, format: FeedFormat = 'rss') {
  const { channel, entries } = await listingFeed(listing, params);
  const xml = renderFeed(format, channel, entries);
  return { xml, document: xml2js(xml) as Element };
}

/** Each RSS item's title and link, in the feed's order. */
async function rssItems(listing: FeedListing, params: Record<string, string>) {
  const { xml, document } = await feedXml(listing, params);
  const items = all(document, 'item').map((item) => ({
    title: textOf(all(item, 'title')[0]),
    link: textOf(all(item, 'link')[0]),
  }));
  return { xml, items };
}

describe('the feeds of the listings', () => {
  const word = uniqueWord();
  const secret = uniqueWord();

  beforeAll(async () => {
    await ensureGeography(db);
    await createPublication(db, {
      title: `Older report on ${word}`,
      kind: 'REPORT',
      regions: ['africa'],
      // The best match by far: the page lists it first, the feed (newest first) second.
      summary: `What we saw of ${word}: ${word}, ${word} and ${word}.`,
      publishedAt: new Date('2024-03-01T00:00:00Z'),
    });
    await createPublication(db, {
      title: `Newer toolkit on ${word}`,
      kind: 'TOOLKIT',
      regions: ['europe'],
      authors: ['A. Author'],
      publishedAt: new Date('2025-05-01T00:00:00Z'),
    });
    await createPublication(db, {
      title: `Members brief on ${word}`,
      visibility: 'MEMBERS',
      publishedAt: new Date('2025-06-01T00:00:00Z'),
    });
    await createPublication(db, { title: `Draft on ${word}`, status: 'DRAFT' });
    await createOrganization(db, {
      name: `Early members of ${word}`,
      description: `Watching ${word} since long ago: ${word}, ${word} and ${word}.`,
      joinedAt: new Date('2020-01-01T00:00:00Z'),
    });
    await createOrganization(db, {
      name: `New members of ${word}`,
      description: `Watching ${word}; our ${secret} plans are for members.`,
      joinedAt: new Date('2026-01-01T00:00:00Z'),
    });
    await db.organization.update({
      where: { slug: `new-members-of-${word}` },
      data: { descriptionVisibility: 'MEMBERS' },
    });
    await createOrganization(db, { name: `Applicants of ${word}`, status: 'APPLIED' });
    await createCampaign(db, { title: `Campaign for ${word}`, startsAt: new Date('2026-02-01T00:00:00Z') });
    await createCampaign(db, { title: `Draft campaign for ${word}`, status: 'DRAFT' });
    await createEvent(db, { title: `Meeting about ${word}`, location: 'Nairobi', regions: ['africa'] });
  });

  it('carries the library’s public publications matching the page’s words, newest first, with absolute links', async () => {
    const page = await listPublications(null, parseLibraryFilters({ q: word }));
    expect(page.items.map((item) => item.title)).toEqual([`Older report on ${word}`, `Newer toolkit on ${word}`]);
    const { xml, items } = await rssItems('library', { q: word });
    expect(items.map((item) => item.title)).toEqual([`Newer toolkit on ${word}`, `Older report on ${word}`]);
    expect(items[0]!.link).toMatch(/^https?:\/\/[^/]+\/library\/newer-toolkit-on-/);
    expect(xml).not.toContain('Members brief');
    expect(xml).not.toContain('Draft on');
    expect(xml).toContain(`/library.rss?q=${word}`);
    expect(xml).toContain('A. Author');
  });

  it('applies the library page’s other filters and drops the ones it does not know', async () => {
    const { items } = await rssItems('library', { q: word, region: 'africa', nonsense: '<script>', page: '9' });
    expect(items.map((item) => item.title)).toEqual([`Older report on ${word}`]);
    expect(feedLinksOf('library', { q: word, region: 'africa', kind: 'NOT_A_KIND', page: '2' })).toEqual({
      rss: `/library.rss?q=${word}&region=africa`,
      atom: `/library.atom?q=${word}&region=africa`,
    });
  });

  it('lists the directory’s new members newest first, never an applicant or a members-only description', async () => {
    const page = await listOrganizations(null, parseDirectoryFilters({ q: word }));
    expect(page.items.map((item) => item.name)).toEqual([`Early members of ${word}`, `New members of ${word}`]);
    const { xml, items } = await rssItems('directory', { q: word, sort: 'name' });
    expect(items.map((item) => item.title)).toEqual([`New members of ${word}`, `Early members of ${word}`]);
    expect(xml).toContain('Watching');
    expect(xml).not.toContain(secret);
    expect(xml).not.toContain('Applicants of');
    // The feed follows new members whatever the page's order: `sort` is not part of its address.
    expect(feedLinksOf('directory', { q: word, sort: 'name' }).rss).toBe(`/directory.rss?q=${word}`);
  });

  it('lists campaigns a visitor may see, never a draft', async () => {
    const { xml, items } = await rssItems('campaigns', {});
    expect(items.map((item) => item.title)).toContain(`Campaign for ${word}`);
    expect(xml).not.toContain(`Draft campaign for ${word}`);
  });

  it('follows a search across kinds, newest first, without markers or members-only matches', async () => {
    const { xml, items } = await rssItems('search', { q: word });
    const titles = items.map((item) => item.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        `Newer toolkit on ${word}`,
        `Older report on ${word}`,
        `Campaign for ${word}`,
        `Meeting about ${word}`,
        `New members of ${word}`,
      ]),
    );
    expect(titles.indexOf(`Newer toolkit on ${word}`)).toBeLessThan(titles.indexOf(`Older report on ${word}`));
    expect(xml).not.toMatch(/Members brief|Draft on|Draft campaign|Applicants of/);
    expect(xml).not.toContain(secret);
    expect(xml).not.toMatch(/[\uE000\uE001]/);
    const { items: ofKind } = await rssItems('search', { q: word, kind: 'publication' });
    expect(ofKind.map((item) => item.title)).toEqual([`Newer toolkit on ${word}`, `Older report on ${word}`]);
  });

  it('is valid Atom with the same entries, linked to its page and itself', async () => {
    const { document } = await feedXml('library', { q: word }, 'atom');
    const feed = all(document, 'feed')[0]!;
    expect(feed.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(all(feed, 'entry')).toHaveLength(2);
    const self = all(feed, 'link').find((link) => link.attributes?.rel === 'self');
    expect(String(self?.attributes?.href)).toMatch(new RegExp(`/library\\.atom\\?q=${word}$`));
    expect(textOf(all(all(feed, 'entry')[0]!, 'updated')[0])).toBe('2025-05-01T00:00:00.000Z');
  });

  it('is an empty search feed without words', async () => {
    const { items } = await rssItems('search', {});
    expect(items).toEqual([]);
  });
});
