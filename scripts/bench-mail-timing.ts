// `npm run bench:mail-timing` (and part of `npm run bench`): can a stranger tell a member's address
// from an unknown one by how long "send me a link" takes? Against one production server with SMTP
// set to a real SMTP server on loopback that takes 40 ms per message (a relay on another machine),
// it posts the password-reset and sign-in-link forms as a browser without JavaScript does, 50 times
// for addresses of active members and 50 times for unknown ones, interleaved, and compares the
// medians (goal: they differ by less than 5 ms; issue 7, item 7). Every request comes from its own
// address (TRUSTED_PROXIES=loopback and an X-Forwarded-For of the benchmarking range), so no limit
// answers instead of the form. It then checks that every member's mail arrived and no stranger's did.
// Needs a production build (`npx next build`). Writes bench-results/mail-timing.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import { createPrismaClient } from '../lib/database/client';
import { startEmbeddedDatabase } from '../lib/database/embedded';
import { applyMigrations } from '../lib/database/migrate';

const port = Number(process.env.BENCH_PORT ?? 3220);
const base = `http://127.0.0.1:${port}`;
const dataFolder = '.data/bench-mail-timing';
const tries = Number(process.env.BENCH_TRIES ?? 50);
const relayDelayMs = 40;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ─── A slow SMTP relay on loopback ───────────────────────────────────────────

const receivedFor: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.resume();
    stream.on('end', () =>
      setTimeout(() => {
        receivedFor.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()));
        callback();
      }, relayDelayMs),
    );
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
const smtpPort = (smtp.server.address() as { port: number }).port;

// ─── A database with members to ask for ──────────────────────────────────────

rmSync(dataFolder, { recursive: true, force: true });
mkdirSync(dataFolder, { recursive: true });
const database = await startEmbeddedDatabase(`${dataFolder}/db`);
await applyMigrations(database.url);
const known = Array.from({ length: tries }, (_, n) => `member-${n}@bench.example.org`);
const unknown = Array.from({ length: tries }, (_, n) => `stranger-${n}@bench.example.org`);
{
  const prisma = createPrismaClient(database.url, 1);
  await prisma.member.createMany({
    data: known.map((email, n) => ({ email, name: `Bench member ${n}`, status: 'ACTIVE' as const })),
  });
  await prisma.$disconnect();
}

// ─── The portal ──────────────────────────────────────────────────────────────

function startPortal(): ChildProcess {
  return spawn('npx', ['tsx', 'scripts/portal.ts', 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      PORTAL_DATA_DIR: dataFolder,
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '1',
      SITE_URL: base,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      TRUSTED_PROXIES: 'loopback',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

const portal = startPortal();
const deadline = Date.now() + 180_000;
while (
  !(await fetch(`${base}/`).then(
    (response) => response.ok,
    () => false,
  ))
) {
  if (Date.now() > deadline) throw new Error('the portal did not answer within 180 s');
  await sleep(200);
}

// ─── The forms, as a browser without JavaScript posts them ──────────────────

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (text: string) => text.replace(/&(amp|quot|#x27|lt|gt);/g, (entity) => entities[entity]!);

/** The hidden fields of the page's form that has an email field (Next's action id and state). */
async function formOf(path: string): Promise<Array<[string, string]>> {
  const html = await (await fetch(`${base}${path}`)).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
    .map((match) => match[0])
    .find((f) => f.includes('name="email"'));
  if (!form) throw new Error(`no form with an email field on ${path}`);
  return [...form.matchAll(/<input([^>]*)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => /type="hidden"/.test(attributes))
    .map(
      (attributes) =>
        [
          decode(/name="([^"]*)"/.exec(attributes)?.[1] ?? ''),
          decode(/value="([^"]*)"/.exec(attributes)?.[1] ?? ''),
        ] as [string, string],
    )
    .filter(([name]) => name !== '');
}

let addressCount = 0;
/** A new client address per request, from 198.18.0.0/15 (RFC 2544, for benchmarks). */
function nextAddress(): string {
  addressCount += 1;
  return `198.18.${Math.floor(addressCount / 256)}.${addressCount % 256}`;
}

async function timedPost(path: string, hidden: Array<[string, string]>, email: string): Promise<number> {
  const body = new FormData();
  for (const [name, value] of hidden) body.append(name, value);
  body.append('email', email);
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    body,
    headers: { 'x-forwarded-for': nextAddress(), origin: base },
  });
  const html = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !html.includes('If an account')) {
    throw new Error(`${path} for ${email} answered ${response.status}: not the form's "sent" message`);
  }
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;

const forms = [
  { name: 'password reset', path: '/reset-password' },
  { name: 'sign-in link', path: '/sign-in/link' },
];
const results: Record<string, unknown> = {};
try {
  for (const form of forms) {
    const hidden = await formOf(form.path);
    // Warm up: the first requests compile and cache what every later one reuses.
    for (let n = 0; n < 5; n += 1) await timedPost(form.path, hidden, `warm-up-${n}@bench.example.org`);
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let n = 0; n < tries; n += 1) {
      // Alternate which goes first, so drift in the machine's load falls on both alike.
      if (n % 2 === 0) {
        knownMs.push(await timedPost(form.path, hidden, known[n]!));
        unknownMs.push(await timedPost(form.path, hidden, unknown[n]!));
      } else {
        unknownMs.push(await timedPost(form.path, hidden, unknown[n]!));
        knownMs.push(await timedPost(form.path, hidden, known[n]!));
      }
    }
    const difference = median(knownMs) - median(unknownMs);
    results[form.name] = {
      tries,
      knownMedianMs: round(median(knownMs)),
      unknownMedianMs: round(median(unknownMs)),
      differenceMs: round(difference),
      goalMs: 5,
      met: Math.abs(difference) < 5,
    };
    console.log(
      `[bench:mail-timing] ${form.name}: known ${round(median(knownMs))} ms, unknown ${round(median(unknownMs))} ms, difference ${round(difference)} ms`,
    );
  }

  // Every member's mail leaves through the outbox; no stranger gets one.
  const expected = known.length * forms.length;
  const waitUntil = Date.now() + 120_000;
  while (receivedFor.filter((to) => to.startsWith('member-')).length < expected && Date.now() < waitUntil)
    await sleep(250);
  const delivered = receivedFor.filter((to) => to.startsWith('member-')).length;
  const toStrangers = receivedFor.filter((to) => to.startsWith('stranger-') || to.startsWith('warm-up-')).length;
  results.delivery = { expected, delivered, toStrangers };
  console.log(
    `[bench:mail-timing] mail delivered to members: ${delivered} of ${expected}; to unknown addresses: ${toStrangers}`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/mail-timing.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('[bench:mail-timing] wrote bench-results/mail-timing.json');
} finally {
  if (portal.pid) process.kill(-portal.pid, 'SIGTERM');
  await sleep(2_000);
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.stop();
}
