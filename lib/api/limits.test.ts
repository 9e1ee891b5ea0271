// The JSON API's rate limit per client address: over API_LIMIT_PER_MINUTE a 429 with Retry-After
// and a JSON error; words also count against the search's own limit, as on the pages.
import { describe, expect, it, vi } from 'vitest';
import { apiListRoute, apiSearchRoute } from './route';

vi.hoisted(() => {
  process.env.API_LIMIT_PER_MINUTE = '4';
  process.env.SEARCH_LIMIT_PER_MINUTE = '1';
});
// A request without the trusted client-address header: every request counts as one address.
vi.mock('next/headers', () => ({ headers: () => Promise.resolve(new Headers()) }));

const themes = apiListRoute('themes');
const get = (path: string) => new Request(`http://localhost/api/v1/${path}`);

describe('the JSON API’s limits', () => {
  it('answers 429 with Retry-After past the limit per address, words past the search’s own', async () => {
    expect((await apiSearchRoute(get('search?q=water'))).status).toBe(200);
    const overSearch = await apiSearchRoute(get('search?q=again'));
    expect(overSearch.status).toBe(429);
    expect(Number(overSearch.headers.get('retry-after'))).toBeGreaterThan(0);
    // Two requests so far; two more are allowed, the next is refused.
    expect((await themes(get('themes'))).status).toBe(200);
    expect((await themes(get('themes'))).status).toBe(200);
    const over = await themes(get('themes'));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await over.json()).toEqual({
      error: {
        status: 429,
        message: expect.stringMatching(/^Too many requests: try again in \d+ seconds\.$/) as string,
      },
    });
  });
});
