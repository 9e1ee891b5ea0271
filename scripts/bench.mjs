// `npm run bench`: measures what the foundation promises, on the embedded database.
//  - cold start: from launching `npm start` (build already made) to the first 200 from the home page,
//    with a fresh data folder (migrate + seed) and again with the folder kept (a restart);
//  - first-load JavaScript of the home page: gzipped bytes of the scripts its HTML loads;
//  - server-rendered throughput of a few pages (sequential requests, median latency);
//  - one password verification with the portal's argon2id settings (scripts/bench-password.ts);
//  - visitor and member pages under load (scripts/bench-pages.mjs, also `npm run bench:pages`);
//  - how long "send me a link" takes for a member's address and an unknown one, with SMTP set
//    (scripts/bench-mail-timing.ts, also `npm run bench:mail-timing`);
//  - the server's memory while a 20 MB file is uploaded (scripts/bench-uploads.ts, also
//    `npm run bench:uploads`);
//  - how fast a toolkit's files stream as one zip (scripts/bench-zip.ts, also `npm run bench:zip`);
//  - signing a campaign under load (scripts/bench-signing.mjs, also `npm run bench:signing`);
//  - the query plans of the pages on 10,000 organisations and 100,000 publications
//    (scripts/bench-queries.ts, also `npm run bench:queries`), on PostgreSQL when BENCH_DATABASE_URL or
//    TEST_DATABASE_URL names a local server, else on a fresh embedded database.
// Needs a production build (`npx next build`). Writes bench-results/latest.json (and queries-<engine>.json);
// exits 1 when a query plan reads or sorts a large table.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';

const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const dataDir = '.data/bench';

if (!existsSync('.next/BUILD_ID')) {
  console.log('[bench] building first');
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** GET on a new connection each time (no keep-alive), so a stopping server is not held open. */
function get(path) {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, base), { agent: false }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHome(deadline) {
  while (Date.now() < deadline) {
    const response = await get('/').catch(() => null);
    if (response?.status === 200) return;
    await sleep(100);
  }
  throw new Error('the portal did not answer within the deadline');
}

async function coldStart() {
  const started = performance.now();
  const child = spawn('npx', ['tsx', 'scripts/portal.ts', 'start'], {
    env: { ...process.env, PORT: String(port), PORTAL_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  await waitForHome(Date.now() + 180_000);
  const milliseconds = Math.round(performance.now() - started);
  return {
    milliseconds,
    async stop() {
      // The launcher, Next and npx share the child's process group; wait until the port is closed and
      // the data folder's lock is gone, so the next start really is a cold one.
      process.kill(-child.pid, 'SIGTERM');
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const listening = await get('/').then(
          () => true,
          () => false,
        );
        if (!listening && !existsSync(`${dataDir}/portal.lock`)) return;
        await sleep(250);
      }
      throw new Error('the portal did not stop within 30 s');
    },
  };
}

async function firstLoadJavaScript(path) {
  const html = (await get(path)).body.toString('utf8');
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
  let gzipped = 0;
  let raw = 0;
  for (const src of new Set(sources)) {
    const { body } = await get(src);
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: new Set(sources).size, rawBytes: raw, gzippedBytes: gzipped };
}

async function latency(path, count = 50) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await get(path);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.floor(q * (times.length - 1))] * 10) / 10;
  return { requests: count, p50Ms: at(0.5), p95Ms: at(0.95) };
}

rmSync(dataDir, { recursive: true, force: true });
const fresh = await coldStart();
console.log(`[bench] cold start, new data folder (migrate + seed): ${fresh.milliseconds} ms`);
await fresh.stop();
const restart = await coldStart();
console.log(`[bench] cold start, existing data folder: ${restart.milliseconds} ms`);

const results = {
  date: new Date().toISOString(),
  coldStartNewDataMs: fresh.milliseconds,
  coldStartExistingDataMs: restart.milliseconds,
  homeFirstLoadJs: await firstLoadJavaScript('/'),
  latency: {},
};
console.log(`[bench] home first-load JS: ${JSON.stringify(results.homeFirstLoadJs)}`);
for (const path of ['/', '/directory', '/library', '/campaigns', '/regions']) {
  await latency(path, 5); // warm up
  results.latency[path] = await latency(path);
  console.log(`[bench] ${path}: ${JSON.stringify(results.latency[path])}`);
}
await restart.stop();
const password = spawnSync('npx', ['tsx', 'scripts/bench-password.ts'], { encoding: 'utf8' });
results.passwordVerification = JSON.parse(password.stdout.trim().split('\n').at(-1));
console.log(`[bench] password verification: ${JSON.stringify(results.passwordVerification)}`);
const engine = (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) ? 'postgresql' : 'pglite';
const queriesFile = `bench-results/queries-${engine}.json`;
rmSync(queriesFile, { force: true });
const queryBench = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-queries.ts'], {
  stdio: 'inherit',
});
if (!existsSync(queriesFile)) {
  console.error('[bench] the query bench stopped before it wrote its results');
  process.exit(1);
}
const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
results.queries = {
  details: queriesFile,
  engine: queries.version,
  sizes: queries.sizes,
  timings: queries.timings,
  problems: queries.problems,
  accepted: queries.accepted,
  medianMs: Object.fromEntries(queries.queries.map((query) => [`${query.page} ${query.name}`, query.medianMs])),
};
// Visitor and member pages under load (scripts/bench-pages.mjs writes bench-results/pages.json).
const pageBench = spawnSync('node', ['scripts/bench-pages.mjs'], { stdio: 'inherit' });
// Known and unknown addresses asking for links, with SMTP set (bench-results/mail-timing.json).
const mailTiming = spawnSync('npx', ['tsx', 'scripts/bench-mail-timing.ts'], { stdio: 'inherit' });
if (mailTiming.status !== 0) console.error('[bench] the mail timing bench failed: see its output above');
// Server memory while a 20 MB file is uploaded (bench-results/uploads.json).
const uploadBench = spawnSync('npx', ['tsx', 'scripts/bench-uploads.ts'], { stdio: 'inherit' });
if (uploadBench.status !== 0) console.error('[bench] the upload bench failed or missed its goal: see above');
// Signing under load: a burst, the sustained rate of issue 9, the page meanwhile, this machine's
// capacity (bench-results/signing-<engine>.json; some ten minutes).
const signingBench = spawnSync('node', ['scripts/bench-signing.mjs'], { stdio: 'inherit' });
if (signingBench.status !== 0) console.error('[bench] the signing bench failed or missed its goal: see above');
// A toolkit's zip of 20 files of 5 MB (bench-results/zip.json).
const zipBench = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/bench-zip.ts'], { stdio: 'inherit' });
if (zipBench.status !== 0) console.error('[bench] the zip bench failed or missed its goal: see above');
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('[bench] wrote bench-results/latest.json');
if (pageBench.status !== 0) {
  console.error('[bench] the page bench failed: see its output above');
  process.exit(1);
}
if (queryBench.status !== 0) {
  console.error('[bench] the query bench failed: see its output above');
  process.exit(1);
}
