// End-to-end journeys against a production build on the embedded database, in Debian's chromium.
// The server gets its own data folder, wiped before each run and seeded with the demo content; each
// test creates what it changes.
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// Separate folders and ports let two runs side by side (E2E_DATA_DIR, E2E_PORT, NEXT_DIST_DIR).
export const e2eDataDir = process.env.E2E_DATA_DIR ?? '.data/e2e';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // CI machines are shared and slower than a laptop: a journey of a dozen page loads can pass 30 s
  // there (the audit-log journey did, twice in one run), and one slow render can outlast a 5 s expect.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /.*\.mobile\.spec\.ts/,
      dependencies: ['setup'],
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /.*\.mobile\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: {
    // The launcher serves the embedded database from its own folder, migrates and seeds it, then
    // runs `next start` on the build that `npm test` made just before.
    command: `rm -rf ${e2eDataDir} && npx tsx scripts/portal.ts start`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      PORTAL_DATA_DIR: e2eDataDir,
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      // Every journey reaches the server from 127.0.0.1 (whatever loopback address it dials, the
      // source is that one), and the suite sends far more than 10 applications an hour. The limit
      // per contact address still applies, and e2e/public-form-limits.spec.ts meets it.
      JOIN_LIMIT_PER_ADDRESS: '1000',
      // The same for "send to a colleague", which the fuzz journey also posts to.
      SHARE_LIMIT_PER_ADDRESS: '1000',
      // And for signing campaigns: over it a signature is held, which the counter journeys must not meet.
      SIGN_LIMIT_PER_ADDRESS: '100000',
      // And for the contact form (the limit per sender's e-mail address still applies).
      CONTACT_LIMIT_PER_ADDRESS: '1000',
      // And for searching.
      SEARCH_LIMIT_PER_MINUTE: '1000',
      // And for the JSON API.
      API_LIMIT_PER_MINUTE: '1000',
    },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
