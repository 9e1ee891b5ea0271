import { describe, expect, it } from 'vitest';
import {
  forgetVisitorRecordPages,
  hasSessionCookie,
  rememberVisitorRecordPage,
  searchParamsOf,
  visitorCachePath,
} from './page-cache';

const cached = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://portal.test');
  return visitorCachePath(pathname, searchParams);
};

describe('the visitor page cache', () => {
  it('serves the public pages from their cached copies, and nothing else', () => {
    expect(cached('/')).toMatch(/^\/visitor\/q$/);
    expect(cached('/directory')).toBe('/visitor/q/directory');
    // A record's page only once it was found for a visitor, and not after a write.
    expect(cached('/library/some-publication')).toBeNull();
    rememberVisitorRecordPage('/library/some-publication');
    expect(cached('/library/some-publication')).toBe('/visitor/q/library/some-publication');
    forgetVisitorRecordPages();
    expect(cached('/library/some-publication')).toBeNull();
    // A country's page by its lower-case code, the address its links use; another case is rendered.
    expect(cached('/countries')).toBe('/visitor/q/countries');
    rememberVisitorRecordPage('/countries/ke');
    expect(cached('/countries/ke')).toBe('/visitor/q/countries/ke');
    expect(cached('/countries/KE')).toBeNull();
    forgetVisitorRecordPages();
    for (const url of ['/join', '/sign-in', '/account', '/manage/people', '/library/Not_A_Slug', '/api/sign-in']) {
      expect(cached(url), url).toBeNull();
    }
  });

  it('keys a filtered view on what its filters read, in one order, so each view is cached once', async () => {
    const a = cached('/directory?type=NGO&region=africa&utm_source=mail&page=1');
    const b = cached('/directory?region=africa&type=NGO');
    expect(a).toBe(b);
    expect(a).not.toBe(cached('/directory'));
    // Values the page would ignore do not make copies of their own.
    expect(cached('/directory?type=NOT_A_TYPE&page=0')).toBe(cached('/directory'));
    const query = a!.split('/')[2]!;
    expect(query).toMatch(/^q[A-Za-z0-9_-]*$/);
    expect(await searchParamsOf(Promise.resolve({ query }))).toEqual({ region: 'africa', type: 'NGO' });
  });

  it('renders a search by words for each request instead of keeping endless copies', () => {
    expect(cached('/library?q=radio')).toBeNull();
    expect(cached('/directory?q=monitors&region=africa')).toBeNull();
    expect(cached('/library?q=+')).toBe(cached('/library'));
  });

  it('keeps a theme through the path, and reads an old link that named it with spaces and commas', async () => {
    const bySlug = cached('/library?theme=women-peace-and-security&page=2');
    const query = bySlug!.split('/')[2]!;
    expect(await searchParamsOf(Promise.resolve({ query }))).toEqual({ page: '2', theme: 'women-peace-and-security' });
    expect(cached('/library?theme=women%2C+peace+and+security&page=2')).toBe(bySlug);
  });

  it('tells a session cookie (whole or split) from other cookies', () => {
    expect(hasSessionCookie(['theme', 'authjs.csrf-token'])).toBe(false);
    expect(hasSessionCookie(['authjs.session-token'])).toBe(true);
    expect(hasSessionCookie(['__Secure-authjs.session-token.0'])).toBe(true);
  });
});
