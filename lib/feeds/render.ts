// RSS 2.0 and Atom 1.0 documents (by the `feed` package) and the answer that carries them: one
// shape for every feed of the portal (a campaign's updates, the library, the directory, campaigns,
// a search). Feeds are always what a visitor sees, so a shared cache may keep them.
import 'server-only';
import { Feed } from 'feed';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';

export const feedFormats = ['rss', 'atom'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** How long a reader or a shared cache may keep a feed before asking again. */
const feedMaxAgeSeconds = 300;

export interface FeedEntry {
  title: string;
  /** The entry's page, from the site's root (`/library/a-report`); also its stable id. */
  path: string;
  date: Date;
  /** Plain text shown as the entry's summary. */
  summary?: string;
  /** Sanitised HTML, when the entry carries its whole text. */
  html?: string;
  authors?: string[];
  categories?: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows, with its query (`/library?region=africa`). */
  pagePath: string;
  /** The feed's own addresses without their query, e.g. { rss: '/library.rss', atom: '/library.atom' }. */
  feedPaths: Record<FeedFormat, string>;
  /** The query the page and the feed share (`region=africa`), or ''. */
  query?: string;
  /** When the feed last changed, when it holds no entry. */
  updated?: Date;
}

/** A path with the listing's query string, if any. */
export function withQuery(path: string, query = ''): string {
  return query ? `${path}?${query}` : path;
}

/** The feed of `entries` in `format`. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string {
  const site = getSiteSettings();
  const page = absoluteUrl(channel.pagePath);
  const newest = entries.reduce<Date | undefined>(
    (latest, entry) => (!latest || entry.date > latest ? entry.date : latest),
    undefined,
  );
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: page,
    link: page,
    language: 'en',
    copyright: site.name,
    updated: newest ?? channel.updated ?? new Date(0),
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(withQuery(channel.feedPaths.rss, channel.query)),
      atom: absoluteUrl(withQuery(channel.feedPaths.atom, channel.query)),
    },
  });
  for (const entry of entries) {
    const link = absoluteUrl(entry.path);
    feed.addItem({
      title: entry.title,
      id: link,
      link,
      date: entry.date,
      description: entry.summary,
      content: entry.html,
      author: entry.authors?.map((name) => ({ name })),
      category: entry.categories?.map((name) => ({ name })),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

/** A feed document as the answer to its request. */
export function feedResponse(format: FeedFormat, document: string): Response {
  return new Response(document, {
    headers: { 'content-type': feedContentTypes[format], 'cache-control': `public, max-age=${feedMaxAgeSeconds}` },
  });
}
