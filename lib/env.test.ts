import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

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
});
