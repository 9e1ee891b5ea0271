// A new, empty database for a test (or the query bench): an in-memory PGlite by default, or a new
// database on the local PostgreSQL server that TEST_DATABASE_URL names (dropped by stop()). Refuses any
// non-local server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from '../database/embedded';

export interface ScratchDatabase {
  url: string;
  stop(): Promise<void>;
}

const localHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

async function createOnServer(serverUrl: string): Promise<ScratchDatabase> {
  const url = new URL(serverUrl);
  if (!localHosts.has(url.hostname)) {
    throw new Error(`TEST_DATABASE_URL must name a local PostgreSQL server, not ${url.hostname}`);
  }
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * `embeddedTemplate`: a tar of a PGlite data folder (dumpDataDir) the embedded database starts
 * from, instead of an empty one.
 */
export function createScratchDatabase(
  serverUrl = process.env.TEST_DATABASE_URL,
  embeddedTemplate?: Blob,
): Promise<ScratchDatabase> {
  return serverUrl ? createOnServer(serverUrl) : startEmbeddedDatabase(null, { loadDataDir: embeddedTemplate });
}
