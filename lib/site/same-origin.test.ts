import { describe, expect, it } from 'vitest';
import { isCrossSite } from './same-origin';

const headers = (values: Record<string, string>) => new Headers({ host: 'portal.example.org', ...values });

describe('telling a cross-site request', () => {
  it('trusts Sec-Fetch-Site first', () => {
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossSite(headers({ 'sec-fetch-site': 'none' }))).toBe(false);
    expect(isCrossSite(headers({ 'sec-fetch-site': 'cross-site', origin: 'https://portal.example.org' }))).toBe(true);
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-site' }))).toBe(true);
  });

  it('else compares Origin with the host asked for', () => {
    expect(isCrossSite(headers({ origin: 'https://portal.example.org' }))).toBe(false);
    expect(isCrossSite(headers({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSite(headers({ origin: 'https://portal.example.org.evil.example' }))).toBe(true);
    expect(isCrossSite(headers({ origin: 'null' }))).toBe(true);
    expect(isCrossSite(headers({ origin: 'not a url' }))).toBe(true);
  });

  it('lets through a request from no browser page (no Origin, no Sec-Fetch-Site)', () => {
    expect(isCrossSite(headers({}))).toBe(false);
  });
});
