// Facts about the incoming request that auth and the audit log need.
import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { clientAddressHeader } from '@/scripts/client-address.mjs';

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The client's address, as the portal's own HTTP server found it (scripts/serve.mjs): the TCP peer,
 * or the nearest X-Forwarded-For entry that is not a trusted proxy (TRUSTED_PROXIES). Never a
 * header the client wrote: served any other way (a bare `next start`), every client is "unknown"
 * and shares one set of limits.
 */
export async function clientAddress(): Promise<string> {
  const value = (await headers()).get(clientAddressHeader) ?? '';
  const [token = '', address = ''] = value.split(' ');
  const expected = env.PORTAL_CLIENT_ADDRESS_TOKEN;
  return expected && address && sameToken(token, expected) ? address : 'unknown';
}

/** Facts about the request a write records in the audit log. */
export interface RequestMeta {
  ip: string | null;
  /** The session the request came with, where a write needs to tell it from the others. */
  sessionId?: string | null;
}
