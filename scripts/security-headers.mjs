// The headers every response of the portal carries, and the nonce that lets its own scripts run.
// Plain JavaScript because the portal's HTTP server (scripts/serve.mjs) runs it without a compiler.
// Why a nonce swapped in on the way out, and not one per render: docs/decisions/014-security-headers.md.
//
// - Pages are rendered with a placeholder nonce (NONCE_TEMPLATE, random per start and never sent
//   to anyone): serve.mjs puts it in the request's Content-Security-Policy header, where Next reads
//   the nonce it gives its own scripts. A cached visitor page keeps the placeholder.
// - On the way out, serve.mjs replaces the placeholder in the HTML with a fresh nonce of the same
//   length for each response, and sends that nonce in the response's policy. A script tag that got
//   into a page any other way (an injection) carries no nonce, or the placeholder, which no
//   response's policy names: it does not run.
import { randomBytes } from 'node:crypto';

/** A nonce: 18 random bytes in base64 (24 characters, no padding). */
export function newNonce() {
  return randomBytes(18).toString('base64');
}

/**
 * The Content-Security-Policy of a response. Scripts run only with the nonce (and what they load:
 * 'strict-dynamic'); no plugins, no <base>, no framing, forms post only here. Development adds
 * 'unsafe-eval', which Next's fast refresh needs.
 * @param {string} nonce
 * @param {{ dev: boolean, https: boolean }} options
 */
export function contentSecurityPolicy(nonce, { dev, https }) {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self'",
    // Logos may be given as https addresses (COALITION_LOGO_URL, organisation logos).
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * The headers that are the same on every response. HSTS only when the portal's address is https:
 * sent over plain http it would be ignored, and on a loopback address it would pin a developer's
 * browser to https for every port of localhost.
 * @param {{ https: boolean }} options
 * @returns {Record<string, string>}
 */
export function staticSecurityHeaders({ https }) {
  return {
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
    'X-Content-Type-Options': 'nosniff',
    // Another site never learns which page of the portal linked to it.
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()',
  };
}

/** Content types whose body may carry the placeholder (pages, and Next's page data for navigation). */
const rewrittenTypes = /^\s*text\/(html|x-component)\b/i;

/**
 * The length of the longest end of `buffer` that is the start of `pattern` (what must wait for the
 * next chunk, in case the placeholder is split across two).
 * @param {Buffer} buffer
 * @param {Buffer} pattern
 */
function pendingPrefixLength(buffer, pattern) {
  for (let length = Math.min(pattern.length - 1, buffer.length); length > 0; length -= 1) {
    if (buffer.subarray(buffer.length - length).equals(pattern.subarray(0, length))) return length;
  }
  return 0;
}

/**
 * @param {unknown} chunk
 * @param {unknown} encoding
 * @returns {Buffer}
 */
function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, /** @type {BufferEncoding} */ (encoding ?? 'utf8'));
  const view = /** @type {Uint8Array} */ (chunk);
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/**
 * Makes `response` replace every occurrence of `template` in its body with `nonce` (same length,
 * so a Content-Length stays right), for HTML and page-data responses only. Chunks are passed on as
 * they come, holding back only an end that could be the start of a split placeholder.
 * @param {import('node:http').ServerResponse} response
 * @param {string} template
 * @param {string} nonce
 */
export function replaceNonceTemplate(response, template, nonce) {
  if (template.length !== nonce.length) throw new Error('the nonce and its placeholder must have the same length');
  const from = Buffer.from(template);
  const to = Buffer.from(nonce);
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  /** @type {boolean | null} */
  let rewriting = null;
  let held = Buffer.alloc(0);

  const applies = () => (rewriting ??= rewrittenTypes.test(String(response.getHeader('content-type') ?? '')));

  /** @param {Buffer} chunk @param {boolean} last */
  function transform(chunk, last) {
    let buffer = held.length > 0 ? Buffer.concat([held, chunk]) : Buffer.from(chunk);
    let index = buffer.indexOf(from);
    while (index !== -1) {
      to.copy(buffer, index);
      index = buffer.indexOf(from, index + from.length);
    }
    const keep = last ? 0 : pendingPrefixLength(buffer, from);
    held = keep > 0 ? Buffer.from(buffer.subarray(buffer.length - keep)) : Buffer.alloc(0);
    return keep > 0 ? buffer.subarray(0, buffer.length - keep) : buffer;
  }

  response.write = /** @type {typeof response.write} */ (
    (chunk, encoding, callback) => {
      if (!applies() || chunk === undefined || chunk === null) return write(chunk, encoding, callback);
      const done = typeof encoding === 'function' ? encoding : callback;
      return write(transform(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined), false), done);
    }
  );
  response.end = /** @type {typeof response.end} */ (
    (chunk, encoding, callback) => {
      if (!applies()) return end(chunk, encoding, callback);
      let body = chunk;
      let done = callback;
      let bodyEncoding = encoding;
      if (typeof body === 'function') {
        done = body;
        body = undefined;
      } else if (typeof bodyEncoding === 'function') {
        done = bodyEncoding;
        bodyEncoding = undefined;
      }
      const last = transform(
        body === undefined || body === null ? Buffer.alloc(0) : toBuffer(body, bodyEncoding),
        true,
      );
      return end(last, done);
    }
  );
}
