// Vitest global setup: on the embedded database, migrate one in-memory PGlite once per run and
// dump its data folder, so each test file's fresh database starts from that copy instead of
// running initdb and every migration again (about two seconds a file; lib/testing/database.ts).
// On PostgreSQL (TEST_DATABASE_URL) each file still creates and migrates a database of its own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../database/embedded';
import { applyMigrations } from '../database/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The path of a tar of a migrated PGlite data folder, or '' on PostgreSQL. */
    migratedTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('migratedTemplate', '');
    return;
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'portal-test-template-'));
  const file = path.join(folder, 'migrated.tar');
  const database = await startEmbeddedDatabase(null);
  try {
    await applyMigrations(database.url);
    await writeFile(file, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
  } finally {
    await database.stop();
  }
  project.provide('migratedTemplate', file);
  return () => rm(folder, { recursive: true, force: true });
}
