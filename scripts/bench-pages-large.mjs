// `npm run bench:pages:large`: issue 10's page goal on the large data set: p95 <= 150 ms at 50
// requests/s with no errors, for the search, the filtered library and directory, and the API.
// Loads 10,000 organisations and 100,000 publications into a new database on the local PostgreSQL
// server that BENCH_DATABASE_URL (or TEST_DATABASE_URL) names (scripts/bench-queries.ts with
// BENCH_KEEP=1, which also prints its query timings), serves it with one production server, sends
// each page at a fixed 50 requests/s (no coordinated omission) for BENCH_SECONDS (default 8) after a
// short warm-up, then drops the database. Needs a production build. Writes bench-results/pages-large.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { firstLink, p95Of, startBenchPortal } from './bench-portal.mjs';

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error(
    '[bench:pages:large] set BENCH_DATABASE_URL to a local PostgreSQL server (the data set is loaded there)',
  );
  process.exit(2);
}
const port = Number(process.env.BENCH_PORT ?? 3220);
const base = `http://127.0.0.1:${port}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const goalP95Ms = 150;

if (!existsSync('.next/BUILD_ID')) {
  console.log('[bench:pages:large] building first');
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Loads the data set with bench:queries and returns the URL of the database it kept. */
function loadDataSet() {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/bench-queries.ts'], {
      env: { ...process.env, BENCH_DATABASE_URL: serverUrl, BENCH_KEEP: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let kept = null;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      kept = /\[bench:queries\] kept (\S+)/.exec(chunk.toString())?.[1] ?? kept;
    });
    // bench:queries exits 1 when a plan reads or sorts a large table; the data set is loaded either way.
    child.on('close', () => (kept ? resolve(kept) : reject(new Error('bench:queries kept no database'))));
  });
}

async function dropDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ ...options, url: `${base}${options.path}` }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const databaseUrl = await loadDataSet();
let child = null;
try {
  child = await startBenchPortal({
    port,
    dataDir: '.data/bench-pages-large',
    // Every request comes from 127.0.0.1: the per-address limits of searching and of the API would
    // answer 429 after the first few hundred.
    env: { DATABASE_URL: databaseUrl, SEARCH_LIMIT_PER_MINUTE: '1000000', API_LIMIT_PER_MINUTE: '1000000' },
  });
  const publication = await firstLink(base, '/library', '/library/');
  const paths = [
    '/',
    '/library',
    '/directory',
    '/library?region=africa',
    '/library?kind=REPORT&language=fr',
    '/directory?region=africa&type=NGO',
    '/countries/ke',
    publication,
    '/search?q=kivu',
    '/search?q=sahel',
    '/library?q=sahel',
    '/directory?q=sahel',
    '/api/v1/organizations?limit=100',
    '/api/v1/publications?limit=100',
  ];
  const pages = {};
  for (const path of paths) {
    await run({ path, connections: 4, amount: 20 }); // warm up (and fill the visitor copies)
    const result = await run({ path, connections: 10, overallRate: 50, duration: seconds });
    pages[path] = {
      requests: result.requests.total,
      p50Ms: result.latency.p50,
      p95Ms: p95Of(result),
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
    const verdict = pages[path].p95Ms <= goalP95Ms && pages[path].errors === 0 ? 'ok' : 'over the goal';
    console.log(`[bench:pages:large] 50/s ${path}: ${JSON.stringify(pages[path])} ${verdict}`);
  }
  const over = Object.entries(pages).filter(([, row]) => row.p95Ms > goalP95Ms || row.errors > 0);
  const summary = { goalP95Ms, pagesOverTheGoal: over.map(([path]) => path) };
  console.log(`[bench:pages:large] summary: ${JSON.stringify(summary)}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/pages-large.json',
    `${JSON.stringify({ date: new Date().toISOString(), seconds, pages, summary }, null, 2)}\n`,
  );
  console.log('[bench:pages:large] wrote bench-results/pages-large.json');
} finally {
  if (child) process.kill(-child.pid, 'SIGTERM');
  await sleep(2000);
  await dropDatabase(databaseUrl);
}
