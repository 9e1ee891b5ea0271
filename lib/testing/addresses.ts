// Client addresses for lib tests. Limits count per address (lib/auth/rate-limit.ts), so a test that
// should not meet another test's limit asks from an address of its own: a new one per call, from
// the benchmarking range 198.18.0.0/15 (RFC 2544), unique within the test file (each file gets its own
// database, hence its own counters).
import type { RequestMeta } from '@/lib/auth/request';

let issued = 0;

/** A request from an address no other call in this test file used. */
export function fromFreshAddress(): RequestMeta {
  issued += 1;
  return { ip: `198.${18 + Math.floor(issued / 65_536)}.${Math.floor(issued / 256) % 256}.${issued % 256}` };
}
