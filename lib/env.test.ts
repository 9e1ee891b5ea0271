import { describe, expect, it } from 'vitest';
import { isLoopbackSite, parseEnv, settingsWarnings } from './env';

describe('settings', () => {
  it('gives defaults for everything optional', () => {
    const env = parseEnv({});
    expect(env.PORTAL_DATA_DIR).toBe('.data');
    expect(env.SEED_DEMO_CONTENT).toBe('auto');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names every malformed setting in one message', () => {
    expect(() =>
      parseEnv({ DATABASE_URL: 'mysql://db/portal', SITE_URL: 'not a url', CONTACT_EMAIL: 'nobody' }),
    ).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL[\s\S]*SITE_URL[\s\S]*CONTACT_EMAIL/);
  });

  it('accepts a PostgreSQL server', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://portal:secret@db:5432/portal' }).DATABASE_URL).toContain('db:5432');
  });

  it('defaults SITE_URL to the port the portal serves on', () => {
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '8080' }).SITE_URL).toBe('http://localhost:8080');
    expect(parseEnv({ PORT: '8080', SITE_URL: 'https://coalition.example.org' }).SITE_URL).toBe(
      'https://coalition.example.org',
    );
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('warns at start-up in production when SITE_URL is not set, and only then', () => {
    expect(settingsWarnings({ NODE_ENV: 'production', PORT: '8080' })).toEqual([
      expect.stringMatching(/^SITE_URL is not set: links in mail and feeds point at http:\/\/localhost:8080/),
    ]);
    expect(settingsWarnings({ NODE_ENV: 'production', SITE_URL: 'https://coalition.example.org' })).toEqual([]);
    expect(settingsWarnings({ NODE_ENV: 'development' })).toEqual([]);
  });

  it('takes the logo from the public folder unless COALITION_LOGO_URL names another', () => {
    expect(parseEnv({}).COALITION_LOGO_URL).toBe('/logo.svg');
    expect(parseEnv({ COALITION_LOGO_URL: 'https://cdn.example.org/logo.png' }).COALITION_LOGO_URL).toBe(
      'https://cdn.example.org/logo.png',
    );
    expect(() => parseEnv({ COALITION_LOGO_URL: 'javascript:alert(1)' })).toThrow(/COALITION_LOGO_URL/);
    expect(() => parseEnv({ COALITION_LOGO_URL: '//elsewhere.example.org/logo.svg' })).toThrow(/COALITION_LOGO_URL/);
  });

  it('tells an address only this machine reaches from a public one', () => {
    for (const local of [
      'http://localhost:3000',
      'http://127.0.0.1:3100',
      'http://127.8.0.1',
      'http://[::1]:3000',
      'http://portal.localhost',
    ]) {
      expect(isLoopbackSite(local), local).toBe(true);
    }
    for (const reachable of [
      'https://coalition.example.org',
      'http://10.0.0.5:3000',
      'http://0.0.0.0:3000',
      'http://[::]:3000',
      'http://localhost.example.org',
    ]) {
      expect(isLoopbackSite(reachable), reachable).toBe(false);
    }
  });
});
