// Part of `npm run bench`: how long one password verification takes with the portal's own argon2id
// settings (lib/auth/password.ts). Prints one JSON line.
import { hashPassword, verifyPassword } from '../lib/auth/password';

const passwordHash = await hashPassword('a benchmark passphrase');
const times: number[] = [];
for (let run = 0; run < 30; run += 1) {
  const started = performance.now();
  await verifyPassword(passwordHash, 'a benchmark passphrase');
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => Math.round(times[Math.floor(q * (times.length - 1))]! * 10) / 10;
console.log(JSON.stringify({ verifications: times.length, p50Ms: at(0.5), p95Ms: at(0.95) }));
