// Where sign-in sends someone afterwards: only a path on this portal, whatever a crafted link says.
import { describe, expect, it } from 'vitest';
import { callbackPathSchema, portalPath } from './schemas';

describe('the address sign-in returns to', () => {
  it('keeps a path on this portal, with its query and fragment', () => {
    for (const path of [
      '/account',
      '/directory?region=africa&page=2',
      '/library/a-report#findings',
      '/%2F%2Fnot-a-host',
    ]) {
      expect(portalPath(path)).toBe(path);
    }
  });

  it('refuses anything a browser could read as another site, and falls back to /account', () => {
    const hostile = [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n/evil.example',
      '\t//evil.example',
      ' /account',
      'javascript:alert(1)',
      '/\u0000/evil.example',
      `/${'a'.repeat(2001)}`,
      42,
      ['/account'],
    ];
    for (const value of hostile) {
      expect(portalPath(value), JSON.stringify(value)).toBeNull();
      expect(callbackPathSchema.parse(value)).toBe('/account');
    }
    // What /sign-in?callbackUrl=%2F%09%2Fevil.example reads once the query is decoded.
    expect(callbackPathSchema.parse(new URLSearchParams('callbackUrl=%2F%09%2Fevil.example').get('callbackUrl'))).toBe(
      '/account',
    );
    expect(callbackPathSchema.parse(undefined)).toBe('/account');
  });
});
