// Vitest setup: gives each test file a fresh, migrated database before any test module imports
// lib/db (lib/testing/scratch-database.ts says which kind).
import { afterAll } from 'vitest';
import { applyMigrations } from '../database/migrate';
import { createScratchDatabase } from './scratch-database';

const database = await createScratchDatabase();
await applyMigrations(database.url);
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  // Close the app's pool first, or dropping the database would wait for its connections.
  const { db } = await import('../db');
  await db.$disconnect();
  await database.stop();
});
