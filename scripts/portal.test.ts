// The launcher as an operator runs it, on an embedded data folder of its own: demo accounts with the
// published password stop start-up on a public SITE_URL, and admin:create gives a real install its
// first administrator. Start-up is refused before Next would run, so a stand-in build (a BUILD_ID
// file) is enough and the test needs no `next build`.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const fakeBuild = `.next-launcher-test-${process.pid}`;
let dataFolder = '';

/** Runs `tsx scripts/portal.ts <args>` without the test database, as a fresh install would. */
async function launcher(args: string[], settings: Record<string, string>) {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    PORTAL_DATA_DIR: dataFolder,
    NEXT_DIST_DIR: fakeBuild,
  };
  delete environment.DATABASE_URL;
  delete environment.DATABASE_POOL_SIZE;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/portal.ts', ...args],
      {
        cwd: root,
        env: environment,
        timeout: 90_000,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  dataFolder = await mkdtemp(path.join(os.tmpdir(), 'portal-launcher-'));
  await mkdir(path.join(root, fakeBuild), { recursive: true });
  await writeFile(path.join(root, fakeBuild, 'BUILD_ID'), 'launcher-test\n');
});

afterAll(async () => {
  await rm(dataFolder, { recursive: true, force: true });
  await rm(path.join(root, fakeBuild), { recursive: true, force: true });
});

describe('the launcher on a public address', () => {
  it('refuses to start while demo accounts open with the published password, naming the setting', async () => {
    const started = await launcher(['start'], {
      SITE_URL: 'https://coalition.example.org',
      SEED_DEMO_CONTENT: 'always',
    });
    expect(started.code).toBe(1);
    expect(started.output).toContain('refusing to start');
    expect(started.output).toContain('SITE_URL (https://coalition.example.org) is not a loopback address');
    expect(started.output).toContain('admin@example.org');
  }, 120_000);

  it('makes a first administrator with one command, printing a one-time set-password link', async () => {
    const created = await launcher(['admin:create', 'first.admin@example.org', '--name', 'Ines Admin'], {
      SITE_URL: 'https://coalition.example.org',
    });
    expect(created.output).toContain('first.admin@example.org is now an administrator (a new account, invited)');
    expect(created.output).toMatch(/https:\/\/coalition\.example\.org\/set-password\/[\w-]{40,}/);
    expect(created.output).toContain('The link was also mailed to first.admin@example.org');
    expect(created.code).toBe(0);

    const refused = await launcher(['admin:create', 'not-an-address'], {});
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('“not-an-address” is not an email address');
  }, 120_000);
});
