// Runs Mozilla's HTTP Observatory scan of one host and prints its grade, score and tests as JSON.
// Started by e2e/observatory.spec.ts in a process of its own, because the scanner trusts the test's
// certificate authority only through NODE_EXTRA_CA_CERTS, which Node reads at start-up.
// Usage: node e2e/observatory-scan.mjs <observatory folder> <host[:port]>
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder, host] = process.argv.slice(2);
const scanner = path.join(folder, 'node_modules', '@mdn', 'mdn-http-observatory', 'src', 'scanner', 'index.js');
const { scan } = await import(pathToFileURL(scanner).href);
const result = await scan(host);
const tests = Object.fromEntries(
  Object.values(result.tests).map((test) => [
    test.name ?? test.constructor.name,
    { pass: test.pass, result: test.result, scoreModifier: test.scoreModifier },
  ]),
);
console.log(
  JSON.stringify({ grade: result.scan.grade, score: result.scan.score, statusCode: result.scan.statusCode, tests }),
);
