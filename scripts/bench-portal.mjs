// The production server a bench measures: `npm start` in a process group of its own, on a fresh data
// folder, with the bench's settings; resolves once the home page answers. Stop it with
// `process.kill(-child.pid, 'SIGTERM')`.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export async function startBenchPortal({ port, dataDir, env = {} }) {
  const base = `http://127.0.0.1:${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn('npx', ['tsx', 'scripts/portal.ts', 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      PORTAL_DATA_DIR: dataDir,
      SITE_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return child;
    await sleep(200);
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error('the portal did not answer within 180 s');
}

/** The first link in a page's HTML whose address starts with `prefix` (a publication, a campaign). */
export async function firstLink(base, path, prefix) {
  const html = await (await fetch(`${base}${path}`)).text();
  const match = html.match(new RegExp(`href="(${prefix}[a-z0-9-]+)"`));
  if (!match) throw new Error(`no link to ${prefix}… on ${path}`);
  return match[1];
}

/** An autocannon result's 95th percentile: autocannon reports p90 and p97.5, so read it from its histogram when there is one. */
export function p95Of(result) {
  return result.latency.p95 ?? Math.round((result.latency.p90 + result.latency.p97_5) / 2);
}
