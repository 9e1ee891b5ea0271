// Types for scripts/client-address.mjs, which the launcher's HTTP server runs without a compiler.
import type { IncomingMessage } from 'node:http';

export declare const clientAddressHeader: string;
export declare function parseTrustedProxies(setting: string | undefined): (address: string, hop: number) => boolean;
export declare function normalizeAddress(address: string | undefined): string;
export declare function clientAddressOf(
  request: IncomingMessage,
  trust: (address: string, hop: number) => boolean,
): string;
export declare function dropUntrustedForwarding(
  request: IncomingMessage,
  trust: (address: string, hop: number) => boolean,
): void;
export declare function limitKeyOf(address: string): string;
