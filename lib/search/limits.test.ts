// Words on /library and /directory cost a search: counted against the per-address search limit,
// and over it the list is shown without them, with the seconds to wait; a list without words is
// never counted.
import { describe, expect, it, vi } from 'vitest';
import { env } from '@/lib/env';
import { parseLibraryFilters } from '@/lib/library/schemas';
import { wordsForRequest } from './queries';

// No trusted client-address header: every request counts as the same address.
vi.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers()) }));

describe('words in a list’s filters', () => {
  it('are kept up to the search limit, then set aside with the time to wait', async () => {
    const withoutWords = parseLibraryFilters({ region: 'africa' });
    for (let index = 0; index < 5; index += 1) {
      expect(await wordsForRequest(withoutWords)).toEqual({ filters: withoutWords, retryAfterSeconds: 0 });
    }
    for (let index = 0; index < env.SEARCH_LIMIT_PER_MINUTE; index += 1) {
      const filters = parseLibraryFilters({ q: `radio ${index}`, region: 'africa' });
      expect(await wordsForRequest(filters)).toEqual({ filters, retryAfterSeconds: 0 });
    }
    const over = await wordsForRequest(parseLibraryFilters({ q: 'one more', region: 'africa' }));
    expect(over.filters).toEqual({ ...withoutWords, q: undefined });
    expect(over.retryAfterSeconds).toBeGreaterThan(0);
    // Without words, nothing is counted, even now.
    expect((await wordsForRequest(withoutWords)).retryAfterSeconds).toBe(0);
  });
});
