// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the committed migrations and prisma/schema.prisma, with Prisma's own
// `migrate dev --create-only`, against a scratch database on a local PostgreSQL server
// (MIGRATION_DATABASE_URL; it may be reset). See docs/data-layer.md, "Adding a migration".
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name_in_snake_case>');
  process.exit(2);
}
const url = process.env.MIGRATION_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/portal_migrations';
const host = new URL(url).hostname;
if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
  console.error(`MIGRATION_DATABASE_URL must be a scratch database on a local server (it may be reset), not ${host}`);
  process.exit(2);
}

const before = new Set(readdirSync('prisma/migrations'));
const result = spawnSync('npx', ['--no-install', 'prisma', 'migrate', 'dev', '--create-only', '--name', name], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
if (result.status !== 0) process.exit(result.status ?? 1);

// A schema engine that silently does nothing would "succeed" without writing a migration: check.
const created = readdirSync('prisma/migrations').filter((entry) => !before.has(entry));
if (created.length !== 1) {
  console.error('No migration was written: is the Prisma schema engine available? See docs/data-layer.md.');
  process.exit(1);
}
const sql = readFileSync(`prisma/migrations/${created[0]}/migration.sql`, 'utf8');
console.log(
  `\nWrote prisma/migrations/${created[0]}/migration.sql (${sql.split('\n').length} lines). Review it, then run`,
);
console.log('`npm run db:migrate` (or `npm test`) to apply it, and commit it with the schema change.');
