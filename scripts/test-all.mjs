// `npm test`: the whole suite, as CI runs it.
//  1. lib and seed tests (Vitest) on a fresh embedded database per test file;
//  2. the same tests again on PostgreSQL when TEST_DATABASE_URL names a local server;
//  3. a production build, then the Playwright journeys against it in Debian's chromium.
import { spawnSync } from 'node:child_process';

const { TEST_DATABASE_URL, ...baseEnv } = process.env;
baseEnv.NEXT_TELEMETRY_DISABLED = '1';

function step(title, command, args, extraEnv = {}) {
  console.log(`\n[test] ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...baseEnv, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`[test] failed: ${title} (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`[test] ok: ${title} (${seconds} s)`);
}

step('unit and integration tests on the embedded database', 'npx', ['vitest', 'run']);
if (TEST_DATABASE_URL) {
  step('unit and integration tests on PostgreSQL', 'npx', ['vitest', 'run'], { TEST_DATABASE_URL });
} else {
  console.log('\n[test] TEST_DATABASE_URL is not set: skipping the PostgreSQL run (CI sets it).');
}
step('Debian chromium for the end-to-end tests', 'node', ['scripts/ensure-chromium.mjs']);
step('production build', 'npx', ['next', 'build']);
step('end-to-end journeys (Playwright)', 'npx', ['playwright', 'test']);
