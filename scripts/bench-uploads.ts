// `npm run bench:uploads` (and part of `npm run bench`): what a 20 MB upload costs the server. One
// production server on a fresh embedded database; the demo admin signs in and adds a 20 MB
// PDF to a publication through the same route the form posts to, streamed from this process in
// 64 kB writes. The server's resident memory (VmRSS of its process, sampled every 10 ms) is
// compared before and during the upload: goal, growth under 50 MB (issue 8). Also reports the
// upload's throughput. Needs a production build (`npx next build`). Writes bench-results/uploads.json.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { demoAccounts, demoPassword } from '../lib/site/demo-accounts';

const port = Number(process.env.BENCH_PORT ?? 3220);
const base = `http://127.0.0.1:${port}`;
const dataDir = '.data/bench-uploads';
const fileBytes = Number(process.env.BENCH_UPLOAD_MB ?? 20) * 1024 * 1024 - 4096;
const goalMegabytes = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (!existsSync('.next/BUILD_ID')) {
  console.log('[bench:uploads] building first');
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

async function startPortal(): Promise<ChildProcess> {
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn('npx', ['tsx', 'scripts/portal.ts', 'start'], {
    env: { ...process.env, PORT: String(port), PORTAL_DATA_DIR: dataDir, SITE_URL: base, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return child;
    await sleep(200);
  }
  throw new Error('the portal did not answer within 3 minutes');
}

/** The HTTP server's own process (scripts/serve.mjs), a descendant of the launcher. */
function serverPid(launcher: number): number {
  const listed = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).stdout.trim().split('\n');
  const rows = listed.map((line) => {
    const [pid = '', ppid = '', ...args] = line.trim().split(/\s+/);
    return { pid: Number(pid), ppid: Number(ppid), args: args.join(' ') };
  });
  const descendants = new Set([launcher]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (descendants.has(row.ppid) && !descendants.has(row.pid)) {
        descendants.add(row.pid);
        grew = true;
      }
    }
  }
  const server = rows.find((row) => descendants.has(row.pid) && row.args.includes('scripts/serve.mjs'));
  if (!server) throw new Error('could not find the server process');
  return server.pid;
}

const rssMegabytes = (pid: number) => {
  const kilobytes = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kilobytes) / 1024;
};

async function signIn(): Promise<string> {
  const admin = demoAccounts.find((account) => account.role === 'ADMIN')!;
  const response = await fetch(`${base}/api/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: admin.email, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function firstPublicationId(cookie: string): Promise<string> {
  const html = await (await fetch(`${base}/manage/publications`, { headers: { cookie } })).text();
  const id = /href="\/manage\/publications\/(?!new")([a-z0-9]+)"/.exec(html)?.[1];
  if (!id) throw new Error('no publication to add a file to');
  return id;
}

/** Posts a PDF of `size` bytes as the file form does, written in 64 kB pieces; resolves with the status. */
function upload(cookie: string, publicationId: string, size: number): Promise<number> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBench file\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\n%%EOF\r\n--${boundary}--\r\n`);
  const filler = size - 9 - 7;
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}/api/publications/${publicationId}/attachments`,
      {
        method: 'POST',
        agent: false,
        headers: {
          cookie,
          accept: 'application/json',
          'sec-fetch-site': 'same-origin',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + filler + tail.length),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let left = filler;
    request.write(head);
    const pump = () => {
      while (left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        if (!request.write(piece)) return void request.once('drain', pump);
      }
      request.end(tail);
    };
    pump();
  });
}

const child = await startPortal();
try {
  const pid = serverPid(child.pid!);
  const cookie = await signIn();
  const publicationId = await firstPublicationId(cookie);
  // Warm up: the route, busboy and the store are loaded before the measured upload.
  for (let round = 0; round < 3; round += 1) {
    const status = await upload(cookie, publicationId, 256 * 1024);
    if (status !== 201) throw new Error(`a warm-up upload answered ${status}`);
  }
  await sleep(1000);
  const before = rssMegabytes(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMegabytes(pid));
  }, 10);
  const started = performance.now();
  const status = await upload(cookie, publicationId, fileBytes);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const results = {
    fileMegabytes: Math.round((fileBytes / 1024 / 1024) * 10) / 10,
    status,
    rssBeforeMegabytes: Math.round(before),
    rssPeakMegabytes: Math.round(peak),
    rssGrowthMegabytes: Math.round((peak - before) * 10) / 10,
    goalMegabytes,
    seconds: Math.round(seconds * 100) / 100,
    megabytesPerSecond: Math.round(fileBytes / 1024 / 1024 / seconds),
  };
  console.log(`[bench:uploads] ${JSON.stringify(results)}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/uploads.json', `${JSON.stringify(results, null, 2)}\n`);
  if (status !== 201 || results.rssGrowthMegabytes > goalMegabytes) {
    console.error(`[bench:uploads] goal missed: status ${status}, RSS growth ${results.rssGrowthMegabytes} MB`);
    process.exitCode = 1;
  }
} finally {
  process.kill(-child.pid!, 'SIGTERM');
}
