// The portal's launcher: `npm start`, `npm run dev`, `npm run db:migrate`, `npm run db:seed`.
// Without DATABASE_URL it serves the embedded database (PGlite) from PORTAL_DATA_DIR to the app on a
// loopback socket; this process alone opens that folder. It applies pending migrations before the app
// serves, seeds demo content into an empty embedded database, then runs Next as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '../lib/database/client';
import { embeddedPoolSize, startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/database/embedded';
import { applyMigrations } from '../lib/database/migrate';
import { env } from '../lib/env';
import { isDatabaseEmpty, seedDemoContent } from '../prisma/seed';
import { ensureReferenceData } from '../prisma/seed/factories';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const log = (line: string) => console.log(`[portal] ${line}`);

type Command = 'start' | 'dev' | 'migrate' | 'seed';

async function openDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null };
  const folder = path.resolve(root, env.PORTAL_DATA_DIR);
  const started = Date.now();
  const embedded = await startEmbeddedDatabase(folder);
  log(`embedded database in ${path.relative(root, folder) || '.'} ready in ${Date.now() - started} ms`);
  return { url: embedded.url, embedded };
}

/** `if-empty` follows SEED_DEMO_CONTENT; `always` is `npm run db:seed`; `never` is `npm run db:migrate`. */
type SeedMode = 'if-empty' | 'always' | 'never';

async function prepareDatabase(url: string, embedded: boolean, seed: SeedMode): Promise<void> {
  const applied = await applyMigrations(url, { log });
  log(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  const seedWanted =
    seed === 'always' ||
    (seed === 'if-empty' && (env.SEED_DEMO_CONTENT === 'always' || (env.SEED_DEMO_CONTENT === 'auto' && embedded)));
  const db = createPrismaClient(url, embedded ? embeddedPoolSize : 4);
  try {
    // Regions, countries and the standard themes: every install needs them, demo content or not.
    if (seed !== 'never') await ensureReferenceData(db);
    if (seedWanted && (seed === 'always' || (await isDatabaseEmpty(db)))) {
      const started = Date.now();
      const counts = await seedDemoContent(db);
      log(`demo content seeded in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
    }
    // Fresh statistics, so the planner uses the indexes from the first request (autovacuum, which
    // would gather them later, does not run in the embedded database).
    if (embedded && (applied.length > 0 || seedWanted)) await db.$executeRawUnsafe('ANALYZE');
  } finally {
    await db.$disconnect();
  }
}

// One handler for the launcher's whole life: a stop signal (Ctrl+C, SIGTERM from a supervisor)
// is passed to Next if it runs, and otherwise stops the launcher before it starts Next. Either way
// the embedded database is then closed cleanly; a second signal cannot cut that short.
let stopRequested = false;
let runningChild: ChildProcess | null = null;
function requestStop(signal: NodeJS.Signals) {
  if (stopRequested) return;
  stopRequested = true;
  log(`${signal}: stopping`);
  runningChild?.kill(signal);
}
process.on('SIGINT', requestStop);
process.on('SIGTERM', requestStop);

function run(args: string[], extraEnv: Record<string, string>): Promise<number> {
  if (stopRequested) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    });
    runningChild = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      runningChild = null;
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

/**
 * AUTH_SECRET, or one kept in the data folder: sessions survive restarts on one machine without
 * setting anything. Several instances must share one, so they need AUTH_SECRET set (docs/operations.md).
 */
async function authSecret(): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.resolve(root, env.PORTAL_DATA_DIR, 'auth-secret');
  const kept = await readFile(file, 'utf8').catch(() => '');
  if (kept.trim().length >= 32) return kept.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  log(`created a session secret in ${path.relative(root, file)}`);
  return secret;
}

async function main(command: Command): Promise<number> {
  if (command === 'start' && !existsSync(path.join(root, env.NEXT_DIST_DIR, 'BUILD_ID'))) {
    log('no production build yet: running `next build` first');
    const code = await run(['build'], {});
    if (code !== 0) return code;
  }
  const { url, embedded } = await openDatabase();
  try {
    const seed: SeedMode = command === 'seed' ? 'always' : command === 'migrate' ? 'never' : 'if-empty';
    await prepareDatabase(url, embedded !== null, seed);
    if (command === 'migrate' || command === 'seed') return 0;
    const poolSize: Record<string, string> = embedded ? { DATABASE_POOL_SIZE: String(embeddedPoolSize) } : {};
    return await run(command === 'dev' ? ['dev'] : ['start'], {
      DATABASE_URL: url,
      AUTH_SECRET: await authSecret(),
      ...poolSize,
    });
  } finally {
    await embedded?.stop();
  }
}

const command = process.argv[2] as Command;
if (!['start', 'dev', 'migrate', 'seed'].includes(command)) {
  console.error('usage: tsx scripts/portal.ts start|dev|migrate|seed');
  process.exit(2);
}
main(command).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[portal] could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
