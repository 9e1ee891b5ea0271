// Who is asking: the client address the portal's limits and audit log use. Plain JavaScript because
// the HTTP server in front of Next (scripts/serve.mjs) runs it without a compiler; lib/env.ts
// validates the setting with it and lib/auth/request.ts reads the header it fills.
//
// By default the address is the TCP peer's, whatever the request says. TRUSTED_PROXIES names the
// proxies in front of the portal (a hop count, or addresses and CIDR ranges); X-Forwarded-For is
// then read from the right, past trusted hops only, so a value the client wrote itself is never
// believed. proxy-addr (Express's `trust proxy`) does the walk.
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/** The header scripts/serve.mjs sets on every request (any value the client sent is replaced). */
export const clientAddressHeader = 'x-portal-client-address';

/** proxy-addr's names for the private ranges, accepted in TRUSTED_PROXIES too. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUSTED_PROXIES as a trust function for proxy-addr: empty trusts no proxy, a whole number N
 * trusts the N hops nearest the portal, a comma-separated list trusts those addresses and ranges
 * (e.g. `10.0.0.0/8, 2001:db8::/32, loopback`). Throws an Error naming the bad entry.
 * @param {string | undefined} setting
 * @returns {(address: string, hop: number) => boolean}
 */
export function parseTrustedProxies(setting) {
  const value = (setting ?? '').trim();
  if (value === '' || value === '0') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 20) throw new Error('a hop count above 20 is not a real proxy chain');
    // Hop 0 is the TCP peer, hop 1 the address it forwarded for, and so on.
    return (_address, hop) => hop < hops;
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (namedRanges.has(entry)) continue;
    const [address, bits, extra] = entry.split('/');
    const valid =
      extra === undefined &&
      ipaddr.isValid(address ?? '') &&
      (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (address?.includes(':') ? 128 : 32)));
    if (!valid) throw new Error(`"${entry}" is not an address, a CIDR range or one of ${[...namedRanges].join(', ')}`);
  }
  return proxyaddr.compile(entries);
}

/**
 * One spelling per address: IPv4-mapped IPv6 (`::ffff:203.0.113.9`) becomes IPv4, IPv6 is written
 * in its short form; anything that is not an address becomes "unknown".
 * @param {string | undefined} address
 * @returns {string}
 */
export function normalizeAddress(address) {
  const text = (address ?? '').trim();
  if (!ipaddr.isValid(text)) return 'unknown';
  const parsed = ipaddr.process(text);
  return parsed.toString();
}

/**
 * The client's address for a Node request: the peer, or the nearest X-Forwarded-For entry that is
 * not a trusted proxy.
 * @param {import('node:http').IncomingMessage} request
 * @param {(address: string, hop: number) => boolean} trust
 * @returns {string}
 */
export function clientAddressOf(request, trust) {
  if (!request.socket?.remoteAddress) return 'unknown';
  // proxy-addr reads `request.connection`, which is the socket.
  return normalizeAddress(proxyaddr(/** @type {any} */ (request), trust));
}

/** Headers through which a proxy tells the app what the browser asked for. */
const forwardingHeaders = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port'];

/**
 * Removes the forwarding headers unless the TCP peer is a proxy TRUSTED_PROXIES names. Next and
 * Auth.js build absolute URLs and check server actions' Origin from X-Forwarded-Host and -Proto:
 * written by a client, they would send it to another host (or make Next refuse its own form with
 * a 500). Without them, the Host header (the host the browser asked for) is what counts.
 * @param {import('node:http').IncomingMessage} request
 * @param {(address: string, hop: number) => boolean} trust
 */
export function dropUntrustedForwarding(request, trust) {
  const peer = normalizeAddress(request.socket?.remoteAddress);
  if (peer !== 'unknown' && trust(peer, 0)) return;
  for (const name of forwardingHeaders) delete request.headers[name];
}

/**
 * The key a limit counts under: the address itself for IPv4, its /64 network for IPv6 (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would not limit anyone).
 * @param {string} address
 * @returns {string}
 */
export function limitKeyOf(address) {
  if (!ipaddr.IPv6.isValid(address) || ipaddr.IPv4.isValid(address)) return address;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}
