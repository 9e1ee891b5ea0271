// Types for scripts/security-headers.mjs, which the portal's HTTP server runs without a compiler.
import type { ServerResponse } from 'node:http';

export declare function newNonce(): string;
export declare function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string;
export declare function staticSecurityHeaders(options: { https: boolean }): Record<string, string>;
export declare function replaceNonceTemplate(response: ServerResponse, template: string, nonce: string): void;
