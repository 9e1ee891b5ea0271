import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { applyMigrations, defaultMigrationsDir, MigrationError, readMigrations } from './migrate';

const opened: ScratchDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.stop()));
});

async function scratch() {
  const database = await createScratchDatabase();
  opened.push(database);
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'portal-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(folder, name));
    await writeFile(path.join(folder, name, 'migration.sql'), sql);
  }
  return folder;
}

describe('applyMigrations', () => {
  it('applies every committed migration once and records it as Prisma does', async () => {
    const { url } = await scratch();
    const committed = await readMigrations();
    expect(await applyMigrations(url)).toEqual(committed.map((migration) => migration.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      url,
      'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows).toHaveLength(committed.length);
    for (const [index, row] of rows.entries()) {
      const bytes = await readFile(path.join(defaultMigrationsDir, row.migration_name, 'migration.sql'));
      expect(row.migration_name).toBe(committed[index]!.name);
      expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }

    expect(await applyMigrations(url)).toEqual([]);
    const again = await query(url, 'SELECT 1 FROM "_prisma_migrations"');
    expect(again).toHaveLength(committed.length);
  });

  it('stops at a failing migration and leaves neither its changes nor a record', async () => {
    const { url } = await scratch();
    const folder = await migrationsFolder({
      '001_first': 'CREATE TABLE first_table (id int);',
      '002_broken': 'CREATE TABLE second_table (id int);\nSELECT * FROM no_such_table;',
      '003_later': 'CREATE TABLE third_table (id int);',
    });
    await expect(applyMigrations(url, { migrationsDir: folder })).rejects.toThrow(MigrationError);
    await expect(applyMigrations(url, { migrationsDir: folder })).rejects.toThrow(/002_broken.*no_such_table/);

    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE '%_table' ORDER BY table_name",
    );
    expect(tables.map((table) => table.table_name)).toEqual(['first_table']);
    const recorded = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(recorded.map((row) => row.migration_name)).toEqual(['001_first']);
  });

  it('refuses to go on after a migration that Prisma left unfinished', async () => {
    const { url } = await scratch();
    const folder = await migrationsFolder({ '001_first': 'CREATE TABLE first_table (id int);' });
    await applyMigrations(url, { migrationsDir: folder });
    await query(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('${crypto.randomUUID()}', 'x', '002_failed')`,
    );
    await expect(applyMigrations(url, { migrationsDir: folder })).rejects.toThrow(/002_failed.*not finished/);
  });

  it('creates the search vectors that full-text search reads', async () => {
    const { url } = await scratch();
    await applyMigrations(url);
    await query(
      url,
      `INSERT INTO "Organization" (id, name, slug, type, "updatedAt", description)
       VALUES ('o1', 'Lake Region Monitors', 'lake-region-monitors', 'NGO', now(), 'Trains village committees')`,
    );
    const rows = await query<{ name: string }>(
      url,
      `SELECT name FROM "Organization" WHERE "searchVector" @@ websearch_to_tsquery('english', 'village committee')`,
    );
    expect(rows.map((row) => row.name)).toEqual(['Lake Region Monitors']);
  });

  it('carries free-text themes and members-only fields into the themes table and the visibility columns', async () => {
    const { url } = await scratch();
    const all = await readMigrations();
    const cut = all.findIndex((migration) => migration.name.endsWith('_themes_and_field_visibility'));
    const before = Object.fromEntries(all.slice(0, cut).map((migration) => [migration.name, migration.sql]));
    await applyMigrations(url, { migrationsDir: await migrationsFolder(before) });
    await query(
      url,
      `INSERT INTO "Organization" (id, name, slug, type, "updatedAt", themes, "membersOnlyFields")
       VALUES ('o1', 'Lake Monitors', 'lake-monitors', 'NGO', now(), '{early warning,Early  Warning ,youth}', '{website,themes}'),
              ('o2', 'Plain', 'plain', 'NGO', now(), '{}', '{}')`,
    );
    await query(
      url,
      `INSERT INTO "Publication" (id, title, slug, kind, "updatedAt", themes)
       VALUES ('p1', 'Report', 'report', 'REPORT', now(), '{youth,media freedom}')`,
    );
    await applyMigrations(url);

    const themes = await query<{ slug: string; label: string }>(url, 'SELECT slug, label FROM "Theme" ORDER BY slug');
    expect(themes).toEqual([
      { slug: 'early-warning', label: 'Early  Warning' },
      { slug: 'media-freedom', label: 'media freedom' },
      { slug: 'youth', label: 'youth' },
    ]);
    const tagged = await query<{ organization: string; theme: string }>(
      url,
      `SELECT o.slug AS organization, t.slug AS theme FROM "_OrganizationToTheme" j
       JOIN "Organization" o ON o.id = j."A" JOIN "Theme" t ON t.id = j."B" ORDER BY 1, 2`,
    );
    expect(tagged).toEqual([
      { organization: 'lake-monitors', theme: 'early-warning' },
      { organization: 'lake-monitors', theme: 'youth' },
    ]);
    const publications = await query<{ theme: string }>(
      url,
      `SELECT t.slug AS theme FROM "_PublicationToTheme" j JOIN "Theme" t ON t.id = j."B" ORDER BY 1`,
    );
    expect(publications.map((row) => row.theme)).toEqual(['media-freedom', 'youth']);
    const visibility = await query<Record<string, string>>(
      url,
      `SELECT slug, "descriptionVisibility", "websiteVisibility", "themesVisibility" FROM "Organization" ORDER BY slug`,
    );
    expect(visibility).toEqual([
      {
        slug: 'lake-monitors',
        descriptionVisibility: 'PUBLIC',
        websiteVisibility: 'MEMBERS',
        themesVisibility: 'MEMBERS',
      },
      { slug: 'plain', descriptionVisibility: 'PUBLIC', websiteVisibility: 'PUBLIC', themesVisibility: 'PUBLIC' },
    ]);
  });
});
