import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import {
  clientAddressOf,
  dropUntrustedForwarding,
  limitKeyOf,
  normalizeAddress,
  parseTrustedProxies,
} from './client-address.mjs';

/** A request as Node's HTTP server hands it over: the peer on the socket, the client's headers. */
function requestFrom(peer: string | undefined, forwardedFor?: string): IncomingMessage {
  const socket = { remoteAddress: peer };
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor };
  return { socket, connection: socket, headers } as unknown as IncomingMessage;
}

const addressOf = (setting: string, peer: string | undefined, forwardedFor?: string) =>
  clientAddressOf(requestFrom(peer, forwardedFor), parseTrustedProxies(setting));

describe('the client address', () => {
  it('is the TCP peer by default, whatever X-Forwarded-For claims', () => {
    expect(addressOf('', '203.0.113.9')).toBe('203.0.113.9');
    expect(addressOf('', '203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    expect(addressOf('0', '203.0.113.9', '198.51.100.1, 192.0.2.7')).toBe('203.0.113.9');
  });

  it('behind N trusted hops is the entry N from the right, never one the client prepended', () => {
    // The client wrote "6.6.6.6" itself; the one proxy appended the address it saw.
    expect(addressOf('1', '10.0.0.2', '6.6.6.6, 198.51.100.1')).toBe('198.51.100.1');
    expect(addressOf('2', '10.0.0.2', '6.6.6.6, 198.51.100.1, 10.0.0.3')).toBe('198.51.100.1');
    // A proxy configured but not sending the header: the peer it is.
    expect(addressOf('1', '10.0.0.2')).toBe('10.0.0.2');
  });

  it('behind listed proxies walks past trusted addresses and ranges only', () => {
    const setting = '10.0.0.0/8, 2001:db8::/32, loopback';
    expect(addressOf(setting, '127.0.0.1', '6.6.6.6, 198.51.100.1, 10.1.2.3')).toBe('198.51.100.1');
    expect(addressOf(setting, '2001:db8::5', '198.51.100.1')).toBe('198.51.100.1');
    // A peer outside the list is the client, and its X-Forwarded-For is ignored.
    expect(addressOf(setting, '203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
  });

  it('has one spelling, and garbage is "unknown"', () => {
    expect(addressOf('', '::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(normalizeAddress('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(addressOf('1', '10.0.0.2', '<script>')).toBe('unknown');
    expect(addressOf('', undefined)).toBe('unknown');
  });

  it('counts an IPv6 client by its /64 network, an IPv4 client by its address', () => {
    expect(limitKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKeyOf('2001:db8:1:2:bbbb::9')).toBe(limitKeyOf('2001:db8:1:2:aaaa::1'));
    expect(limitKeyOf('203.0.113.9')).toBe('203.0.113.9');
    expect(limitKeyOf('unknown')).toBe('unknown');
  });

  it('keeps forwarded host and scheme from a trusted proxy only', () => {
    const forwarded = () => ({
      'x-forwarded-host': 'portal.example.org',
      'x-forwarded-proto': 'https',
      forwarded: 'host=portal.example.org;proto=https',
      host: '127.0.0.1:3000',
    });
    const from = (peer: string) => {
      const socket = { remoteAddress: peer };
      return { socket, connection: socket, headers: forwarded() } as unknown as IncomingMessage;
    };
    const direct = from('203.0.113.9');
    dropUntrustedForwarding(direct, parseTrustedProxies('10.0.0.0/8'));
    expect(direct.headers).toEqual({ host: '127.0.0.1:3000' });
    const proxied = from('10.0.0.2');
    dropUntrustedForwarding(proxied, parseTrustedProxies('10.0.0.0/8'));
    expect(proxied.headers).toEqual(forwarded());
    const counted = from('10.0.0.2');
    dropUntrustedForwarding(counted, parseTrustedProxies('1'));
    expect(counted.headers).toEqual(forwarded());
  });

  it('refuses a TRUSTED_PROXIES setting it cannot read, naming the setting and the entry', () => {
    for (const bad of ['10.0.0.0/33', 'proxy.example.org', '10.0.0.1/8/8', '1000']) {
      expect(() => parseEnv({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
    expect(() => parseEnv({ TRUSTED_PROXIES: 'proxy.example.org' })).toThrow(/"proxy\.example\.org"/);
    expect(parseEnv({ TRUSTED_PROXIES: ' 1 ' }).TRUSTED_PROXIES).toBe('1');
  });
});
