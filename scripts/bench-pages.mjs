// `npm run bench:pages` (and part of `npm run bench`): what visitor and member pages cost, against
// one production server on the embedded database, in one run.
//  - throughput of a static file the same server hands out, and of /, /directory, /library, a
//    publication and a campaign as a visitor (50 connections, as fast as they answer), and the
//    ratio of each to the static file (goal: at least 20 %);
//  - throughput of filtered views (?region=…) as a visitor (goal: at least 150 requests/s);
//  - latency at a fixed 50 requests/s (no coordinated omission), for visitor pages and for the same
//    pages signed in (goal: p95 <= 100 ms and no errors).
// Needs a production build (`npx next build`). Writes bench-results/pages.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { firstLink, p95Of, startBenchPortal } from './bench-portal.mjs';

const port = Number(process.env.BENCH_PORT ?? 3210);
const base = `http://127.0.0.1:${port}`;
const dataDir = '.data/bench-pages';
const seconds = Number(process.env.BENCH_SECONDS ?? 6);

if (!existsSync('.next/BUILD_ID')) {
  console.log('[bench:pages] building first');
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A session cookie for the demo member, through the sign-in endpoint. */
async function memberCookie() {
  const response = await fetch(`${base}/api/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: 'member@example.org', password: 'coalition-demo-2026' }),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (!response.ok || cookies.length === 0) throw new Error(`could not sign in: ${response.status}`);
  return cookies.join('; ');
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ duration: seconds, ...options, url: `${base}${options.path}` }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

/** Requests per second as fast as 50 connections get answers. */
async function throughput(path, headers = {}) {
  await run({ path, headers, connections: 10, duration: 1 }); // warm up (fills the cache)
  const result = await run({ path, headers, connections: 50 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
    p97_5Ms: result.latency.p97_5,
  };
}

/** Latency at a fixed rate of 50 requests per second. */
async function atFiftyPerSecond(path, headers = {}) {
  const result = await run({ path, headers, connections: 10, overallRate: 50 });
  return {
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p95Ms: p95Of(result),
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const child = await startBenchPortal({ port, dataDir });
try {
  const home = await (await fetch(`${base}/`)).text();
  const staticFile = home.match(/<script[^>]+src="(\/_next\/static\/[^"]+)"/)?.[1];
  if (!staticFile) throw new Error('no static script on the home page');
  const publication = await firstLink(base, '/library', '/library/');
  const campaign = await firstLink(base, '/campaigns', '/campaigns/');
  const cookie = await memberCookie();

  const results = { date: new Date().toISOString(), seconds, static: {}, visitor: {}, filtered: {}, fixedRate: {} };
  results.static = await throughput(staticFile);
  console.log(`[bench:pages] static file ${staticFile}: ${JSON.stringify(results.static)}`);

  const visitorPages = ['/', '/directory', '/library', publication, campaign];
  for (const path of visitorPages) {
    const measured = await throughput(path);
    results.visitor[path] = {
      ...measured,
      ratioToStatic: Math.round((measured.requestsPerSecond / results.static.requestsPerSecond) * 1000) / 1000,
    };
    console.log(`[bench:pages] visitor ${path}: ${JSON.stringify(results.visitor[path])}`);
  }
  for (const path of ['/directory?region=africa', '/library?region=europe&kind=REPORT']) {
    results.filtered[path] = await throughput(path);
    console.log(`[bench:pages] visitor ${path}: ${JSON.stringify(results.filtered[path])}`);
  }
  for (const path of visitorPages) {
    const visitor = await atFiftyPerSecond(path);
    const member = await atFiftyPerSecond(path, { cookie });
    results.fixedRate[path] = { visitor, member };
    console.log(`[bench:pages] 50/s ${path}: visitor ${JSON.stringify(visitor)} member ${JSON.stringify(member)}`);
  }
  for (const path of ['/account', '/directory?region=africa']) {
    const member = await atFiftyPerSecond(path, { cookie });
    results.fixedRate[path] = { ...results.fixedRate[path], member };
    console.log(`[bench:pages] 50/s ${path}: member ${JSON.stringify(member)}`);
  }

  const ratios = Object.values(results.visitor).map((page) => page.ratioToStatic);
  const p95s = Object.values(results.fixedRate).flatMap((row) => Object.values(row).map((entry) => entry.p95Ms));
  results.summary = {
    lowestVisitorRatioToStatic: Math.min(...ratios),
    lowestFilteredRequestsPerSecond: Math.min(...Object.values(results.filtered).map((row) => row.requestsPerSecond)),
    highestP95AtFiftyPerSecondMs: Math.max(...p95s),
    errorsAtFiftyPerSecond: Object.values(results.fixedRate)
      .flatMap((row) => Object.values(row).map((entry) => entry.errors))
      .reduce((sum, errors) => sum + errors, 0),
  };
  console.log(`[bench:pages] summary: ${JSON.stringify(results.summary)}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/pages.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('[bench:pages] wrote bench-results/pages.json');
} finally {
  process.kill(-child.pid, 'SIGTERM');
  await sleep(2000);
}
