// Installs Mozilla's HTTP Observatory scanner (@mdn/mdn-http-observatory) into .tools/observatory
// for e2e/observatory.spec.ts, once. Not a dependency of the project: one of its dependencies
// (node_extra_ca_certs_mozilla_bundle) downloads a certificate bundle from the internet when it is
// installed, which neither CI nor this machine allow. Installed from the npm registry with install
// scripts off, it works: the scan only needs the test's own certificate authority, which the test
// passes in NODE_EXTRA_CA_CERTS, and the HSTS preload list its own install script would download,
// which is written here empty (no address the test scans is preloaded).
// Usage: node scripts/ensure-observatory.mjs (prints the folder).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const observatoryVersion = '1.4.8';
export const observatoryFolder = path.resolve(import.meta.dirname, '..', '.tools', 'observatory');
const entry = path.join(observatoryFolder, 'node_modules', '@mdn', 'mdn-http-observatory', 'package.json');

function installedVersion() {
  if (!existsSync(entry)) return null;
  return JSON.parse(readFileSync(entry, 'utf8')).version;
}

if (installedVersion() !== observatoryVersion) {
  const result = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      observatoryFolder,
      '--no-save',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `@mdn/mdn-http-observatory@${observatoryVersion}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const preloadList = path.join(path.dirname(entry), 'conf', 'hsts-preload.json');
if (!existsSync(preloadList)) writeFileSync(preloadList, '{}\n');
console.log(observatoryFolder);
