import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, replaceNonceTemplate, staticSecurityHeaders } from './security-headers.mjs';

/** A response that records what reaches the socket, with the content type a page sets. */
function recordingResponse(contentType: string) {
  const sent: Buffer[] = [];
  const response = Object.assign(new EventEmitter(), {
    getHeader: (name: string) => (name.toLowerCase() === 'content-type' ? contentType : undefined),
    write(chunk: Buffer | string) {
      sent.push(Buffer.from(chunk));
      return true;
    },
    end(chunk?: Buffer | string) {
      if (chunk !== undefined) sent.push(Buffer.from(chunk));
      return this;
    },
  });
  return { response: response as unknown as ServerResponse, body: () => Buffer.concat(sent).toString('utf8') };
}

describe('the script nonce', () => {
  it('is swapped into a page wherever its placeholder is, even split across chunks', () => {
    const template = newNonce();
    const nonce = newNonce();
    const page = `<script nonce="${template}">a</script><link nonce="${template}"><p>${'x'.repeat(40)}</p><script nonce="${template}" src="/b.js"></script>`;
    for (const size of [1, 5, 23, 24, 25, 64, page.length]) {
      const { response, body } = recordingResponse('text/html; charset=utf-8');
      replaceNonceTemplate(response, template, nonce);
      for (let start = 0; start < page.length; start += size) response.write(page.slice(start, start + size));
      response.end();
      expect(body(), `chunks of ${size}`).toBe(page.replaceAll(template, nonce));
      expect(body()).not.toContain(template);
    }
  });

  it('leaves other bodies as they are', () => {
    const template = newNonce();
    const { response, body } = recordingResponse('application/javascript');
    replaceNonceTemplate(response, template, newNonce());
    response.end(`const x = "${template}";`);
    expect(body()).toBe(`const x = "${template}";`);
  });

  it('is new for every response and has the placeholder length', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});

describe('the policy', () => {
  it('lets scripts run only with the nonce in production, and names every directive the issue asks for', () => {
    const policy = contentSecurityPolicy('abc', { dev: false, https: true });
    const scripts = policy.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scripts).toBe("script-src 'nonce-abc' 'strict-dynamic'");
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      'upgrade-insecure-requests',
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(contentSecurityPolicy('abc', { dev: true, https: false })).toContain("'unsafe-eval'");
  });

  it('sends HSTS for two years only when the portal is served over https', () => {
    expect(staticSecurityHeaders({ https: true })['Strict-Transport-Security']).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(staticSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security');
  });
});
