// The portal's launcher: `npm start`, `npm run dev`, `npm run db:migrate`, `npm run db:seed`,
// `npm run admin:create -- someone@example.org`, `npm run campaigns:purge`.
// Without DATABASE_URL it serves the embedded database (PGlite) from PORTAL_DATA_DIR to the app on a
// private Unix socket; this process alone opens that folder. It applies pending migrations before the app
// serves, seeds demo content into an empty embedded database, then runs the app's HTTP server
// (scripts/serve.mjs: Next behind a server that tells it the client's address) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '../lib/database/client';
import { embeddedPoolSize, startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/database/embedded';
import { applyMigrations } from '../lib/database/migrate';
import { env, isLoopbackSite } from '../lib/env';
import { accountsWithPublishedPassword, isDatabaseEmpty, seedDemoContent } from '../prisma/seed';
import { ensureReferenceData } from '../prisma/seed/factories';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const serveScript = path.join(root, 'scripts', 'serve.mjs');
const adminScript = path.join(root, 'scripts', 'admin-create.ts');
const purgeScript = path.join(root, 'scripts', 'purge-signer-data.ts');
const log = (line: string) => console.log(`[portal] ${line}`);

type Command = 'start' | 'dev' | 'migrate' | 'seed' | 'admin:create' | 'campaigns:purge';
const commands: Command[] = ['start', 'dev', 'migrate', 'seed', 'admin:create', 'campaigns:purge'];

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

/** Thrown when the portal must not serve as it is; the launcher prints the message and exits 1. */
class StartRefused extends Error {}

/**
 * The demo accounts open with a password printed in the README. They are harmless only where no
 * one else can reach the portal, so a SITE_URL that is not loopback with any of them still open
 * stops start-up (docs/operations.md "First administrator").
 */
async function refuseDemoAccountsOnPublicSite(db: ReturnType<typeof createPrismaClient>): Promise<void> {
  if (isLoopbackSite(env.SITE_URL)) return;
  const open = await accountsWithPublishedPassword(db);
  if (open.length === 0) return;
  throw new StartRefused(
    `demo accounts with the published password exist (${open.join(', ')}) and SITE_URL (${env.SITE_URL}) ` +
      'is not a loopback address, so anyone could sign in as them. Change their passwords or suspend them, ' +
      'or serve on a loopback SITE_URL (e.g. http://localhost:3000) while you do. Give a real install its ' +
      'first administrator with `npm run admin:create -- you@example.org`.',
  );
}

async function prepareDatabase(url: string, embedded: boolean, seed: SeedMode): Promise<void> {
  const applied = await applyMigrations(url, { log });
  log(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  // `auto` seeds the demo (and its published passwords) only into an embedded database that this
  // machine alone serves; a public SITE_URL starts empty and gets its admin from admin:create.
  const seedWanted =
    seed === 'always' ||
    (seed === 'if-empty' &&
      (env.SEED_DEMO_CONTENT === 'always' ||
        (env.SEED_DEMO_CONTENT === 'auto' && embedded && isLoopbackSite(env.SITE_URL))));
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
    if (seed === 'if-empty') await refuseDemoAccountsOnPublicSite(db);
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

/** Runs a Node script (Next's CLI, our server, a command) as the one child, passing stop signals to it. */
function run(
  script: string,
  args: string[],
  extraEnv: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<number> {
  if (stopRequested) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, script, ...args], {
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
    const code = await run(nextBin, ['build'], {});
    if (code !== 0) return code;
  }
  const { url, embedded } = await openDatabase();
  try {
    const seed: SeedMode =
      command === 'seed' ? 'always' : command === 'start' || command === 'dev' ? 'if-empty' : 'never';
    await prepareDatabase(url, embedded !== null, seed);
    if (command === 'migrate' || command === 'seed') return 0;
    if (command === 'admin:create' || command === 'campaigns:purge') {
      // lib/ code runs outside Next: tsx for TypeScript, react-server so `server-only` loads.
      const script = command === 'admin:create' ? adminScript : purgeScript;
      return await run(script, process.argv.slice(3), { DATABASE_URL: url }, [
        '--import',
        'tsx',
        '--conditions=react-server',
      ]);
    }
    const poolSize: Record<string, string> = embedded ? { DATABASE_POOL_SIZE: String(embeddedPoolSize) } : {};
    return await run(serveScript, [command], {
      DATABASE_URL: url,
      AUTH_SECRET: await authSecret(),
      // Proves to the app that the client-address header came from scripts/serve.mjs.
      PORTAL_CLIENT_ADDRESS_TOKEN: randomBytes(24).toString('base64url'),
      ...poolSize,
    });
  } finally {
    await embedded?.stop();
  }
}

const command = process.argv[2] as Command;
if (!commands.includes(command)) {
  console.error(`usage: tsx scripts/portal.ts ${commands.join('|')}`);
  process.exit(2);
}
main(command).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const reason = error instanceof StartRefused ? 'refusing to start' : 'could not start';
    console.error(`[portal] ${reason}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
