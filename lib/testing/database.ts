// Vitest setup: gives each test file a fresh, migrated database before any test module imports
// lib/db (lib/testing/scratch-database.ts says which kind), and its own data folder (mail outbox,
// stored files) so tests never write into a developer's .data/.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { applyMigrations } from '../database/migrate';
import { createScratchDatabase } from './scratch-database';

// On the embedded database, a copy of the run's migrated template (lib/testing/migrated-template.ts);
// applying the migrations then only checks that none is missing.
const template = inject('migratedTemplate');
const database = await createScratchDatabase(undefined, template ? new Blob([await readFile(template)]) : undefined);
await applyMigrations(database.url);
process.env.DATABASE_URL = database.url;
// One connection on the embedded database, as the launcher does (lib/database/embedded.ts).
if (!process.env.TEST_DATABASE_URL) process.env.DATABASE_POOL_SIZE = '1';
process.env.AUTH_SECRET ??= 'test-secret-that-is-at-least-32-characters-long';
const dataFolder = await mkdtemp(path.join(os.tmpdir(), 'portal-test-data-'));
process.env.PORTAL_DATA_DIR = dataFolder;

afterAll(async () => {
  // Close the app's pool first, or dropping the database would wait for its connections.
  const { db } = await import('../db');
  await db.$disconnect();
  await database.stop();
  await rm(dataFolder, { recursive: true, force: true });
});
