// Mozilla's HTTP Observatory grades the portal as it would be deployed: the production build behind
// TLS. The test starts a second portal (its own data folder) whose SITE_URL is https, puts a small
// TLS front in front of it on loopback (with a certificate authority made for the test), and runs
// the scanner (@mdn/mdn-http-observatory, installed by scripts/ensure-observatory.mjs) against it.
// The scanner sees what a visitor sees; the TLS front only terminates TLS and forwards, as nginx
// or a load balancer would, so the grade is the portal's own headers.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import selfsigned from 'selfsigned';
import { expect, test } from '@playwright/test';

const portalPort = Number(process.env.E2E_OBSERVATORY_PORT ?? 3131);
const dataFolder = '.data/e2e-observatory';

interface Scan {
  grade: string;
  score: number;
  statusCode: number;
  tests: Record<string, { pass: boolean; result: string; scoreModifier: number }>;
}

let portal: ChildProcess | null = null;
let front: https.Server | null = null;
let certificates = '';

test.afterAll(() => {
  front?.close();
  if (portal?.pid) process.kill(-portal.pid, 'SIGTERM');
  if (certificates) rmSync(certificates, { recursive: true, force: true });
});

async function startPortal(siteUrl: string): Promise<ChildProcess> {
  rmSync(dataFolder, { recursive: true, force: true });
  const child = spawn('npx', ['tsx', 'scripts/portal.ts', 'start'], {
    env: {
      ...process.env,
      PORT: String(portalPort),
      PORTAL_DATA_DIR: dataFolder,
      SITE_URL: siteUrl,
      TRUSTED_PROXIES: 'loopback',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${portalPort}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the second portal did not answer within 150 s');
}

/** TLS in front of the portal on loopback, forwarding as a reverse proxy does. */
async function startTlsFront(key: string, cert: string): Promise<https.Server> {
  const server = https.createServer({ key, cert }, (request, response) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: portalPort,
        method: request.method,
        path: request.url,
        headers: {
          ...request.headers,
          'x-forwarded-for': request.socket.remoteAddress ?? '127.0.0.1',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': request.headers.host ?? 'localhost',
        },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

test('the production portal behind TLS gets A+ from Mozilla HTTP Observatory', async () => {
  test.setTimeout(300_000);
  const folder = execFileSync('node', ['scripts/ensure-observatory.mjs'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1)!;

  // A certificate for localhost that the scanner (and only it) is told to trust.
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, digitalSignature: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
    ],
  });
  certificates = mkdtempSync(path.join(os.tmpdir(), 'portal-observatory-'));
  const authority = path.join(certificates, 'authority.pem');
  writeFileSync(authority, pems.cert);

  front = await startTlsFront(pems.private, pems.cert);
  const tlsPort = (front.address() as AddressInfo).port;
  portal = await startPortal(`https://localhost:${tlsPort}`);

  // Asynchronously: the TLS front runs in this process and must answer while the scan runs.
  const { stdout } = await promisify(execFile)('node', ['e2e/observatory-scan.mjs', folder, `localhost:${tlsPort}`], {
    encoding: 'utf8',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: authority },
    timeout: 120_000,
  });
  const scan = JSON.parse(stdout.trim().split('\n').at(-1)!) as Scan;
  const failed = Object.entries(scan.tests)
    .filter(([, outcome]) => !outcome.pass || outcome.scoreModifier < 0)
    .map(([name, outcome]) => `${name}: ${outcome.result} (${outcome.scoreModifier})`);
  console.log(`[observatory] grade ${scan.grade}, score ${scan.score}`);
  test.info().annotations.push({ type: 'observatory', description: `grade ${scan.grade}, score ${scan.score}` });
  expect(failed, 'tests the portal did not pass').toEqual([]);
  expect(scan.grade).toBe('A+');
});
