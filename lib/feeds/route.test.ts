// A listing's feed as its route answers it: the feed's content type and cache rules, and a feed
// read by words counted against the search's per-address limit (429 with Retry-After over it),
// while a feed without words is never counted.
import { describe, expect, it, vi } from 'vitest';
import { env } from '@/lib/env';
import { listingFeedRoute } from './route';

// A request without the trusted client-address header: every request counts as one address.
vi.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers()) }));

const libraryRss = listingFeedRoute('library', 'rss');
const searchAtom = listingFeedRoute('search', 'atom');

describe('a listing feed’s route', () => {
  it('answers a feed a shared cache may keep', async () => {
    const response = await libraryRss(new Request('http://localhost/library.rss?region=africa'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await response.text()).toContain('<rss');
  });

  it('counts feeds read by words against the search limit, and not the others', async () => {
    const limit = env.SEARCH_LIMIT_PER_MINUTE;
    for (let index = 0; index < limit; index += 1) {
      const response = await searchAtom(new Request(`http://localhost/search.atom?q=word${index}`));
      expect(response.status).toBe(200);
    }
    const over = await searchAtom(new Request('http://localhost/search.atom?q=one+more'));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    // Without words nothing is searched, so nothing is counted or refused.
    expect((await libraryRss(new Request('http://localhost/library.rss'))).status).toBe(200);
  });
});
