// The portal's HTTP server: Next.js behind a Node server of our own, so the app learns who is asking.
// Route handlers and server actions in Next see headers, never the socket; this server reads the
// TCP peer (and X-Forwarded-For, past TRUSTED_PROXIES only: scripts/client-address.mjs) and hands
// the result to the app in one header, replacing any value the client sent. The value carries a
// token the launcher makes per start, so an app served some other way (a bare `next start`) ignores
// a forged header instead of believing it. Why this and not a proxy in front:
// docs/decisions/012-client-address.md.
//
// Run by scripts/portal.ts (`npm start`, `npm run dev`), which sets DATABASE_URL, AUTH_SECRET and
// PORTAL_CLIENT_ADDRESS_TOKEN; usage: node scripts/serve.mjs start|dev
import { createServer } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import {
  clientAddressHeader,
  clientAddressOf,
  dropUntrustedForwarding,
  parseTrustedProxies,
} from './client-address.mjs';
import { contentSecurityPolicy, newNonce, replaceNonceTemplate, staticSecurityHeaders } from './security-headers.mjs';

const mode = process.argv[2];
if (mode !== 'start' && mode !== 'dev') {
  console.error('usage: node scripts/serve.mjs start|dev');
  process.exit(2);
}
const dev = mode === 'dev';
// As `next start` and `next dev` do, before Next is loaded.
process.env.NODE_ENV = dev ? 'development' : 'production';

const port = Number(process.env.PORT ?? 3000);
const token = process.env.PORTAL_CLIENT_ADDRESS_TOKEN ?? '';
const trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const https = new URL(process.env.SITE_URL || `http://localhost:${port}`).protocol === 'https:';
const securityHeaders = staticSecurityHeaders({ https });
/** The placeholder nonce pages are rendered with; never sent (scripts/security-headers.mjs). */
const nonceTemplate = newNonce();
// Next's own compression is off (next.config.ts): the nonce must be swapped in before the body is
// compressed, so compression happens here, outside it.
const compress = compression();

const { default: next } = await import('next');
const app = next({ dev, dir: path.resolve(import.meta.dirname, '..'), port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * The largest request body the portal reads (1 MB: every form, with room to spare; file uploads
 * have their own, larger limit on their own paths). Checked here, before Next reads a byte,
 * so a 10 MB post is refused at once with 413 instead of being read and failing with a 500.
 */
const bodyLimitBytes = 1024 * 1024;

/**
 * Where files are posted (route handlers that stream them into the store), and each one's limit:
 * its largest file (UPLOAD_MAX_MB for a publication's files, LOGO_MAX_MB for an organisation's logo,
 * CAMPAIGN_IMAGE_MAX_MB for a campaign's image, checked again while the file streams in
 * lib/storage/uploads.ts) and room for the form's other fields and the multipart boundaries.
 */
const megabytesSetting = (name, fallback) => Number(process.env[name] ?? fallback) || fallback;
const uploadRoutes = [
  { path: /^\/api\/publications\/[^/]+\/attachments$/, megabytes: megabytesSetting('UPLOAD_MAX_MB', 20) },
  { path: /^\/api\/organizations\/[^/]+\/logo$/, megabytes: megabytesSetting('LOGO_MAX_MB', 2) },
  { path: /^\/api\/campaigns\/[^/]+\/image$/, megabytes: megabytesSetting('CAMPAIGN_IMAGE_MAX_MB', 8) },
];

/** The body limit of a request, and what a refusal says. */
function bodyLimitOf(request) {
  const pathname = (request.url ?? '/').split('?')[0];
  const upload = request.method === 'POST' ? uploadRoutes.find((route) => route.path.test(pathname)) : undefined;
  return upload
    ? { bytes: upload.megabytes * 1024 * 1024 + 64 * 1024, text: `The file is larger than ${upload.megabytes} MB.` }
    : { bytes: bodyLimitBytes, text: `The request is larger than ${bodyLimitBytes / 1024 / 1024} MB.` };
}

/** What of a refused body is still read (and thrown away) so the client can read the answer. */
const drainLimitBytes = 32 * 1024 * 1024;

/**
 * A refusal this server answers itself, as plain text. The body is read and dropped, up to
 * drainLimitBytes (then the connection is cut): a client still sending when the answer comes would
 * otherwise see a broken pipe instead of the 413.
 */
function refuse(request, response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
  let drained = 0;
  request.on('data', (chunk) => {
    drained += chunk.length;
    if (drained > drainLimitBytes) request.destroy();
  });
  request.resume();
}

const server = createServer((request, response) => {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  const nonce = newNonce();
  response.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, { dev, https }));
  const length = request.headers['content-length'];
  if (length !== undefined && !/^\d+$/.test(length)) return refuse(request, response, 400, 'Bad Content-Length.');
  const limit = bodyLimitOf(request);
  if (Number(length ?? 0) > limit.bytes) return refuse(request, response, 413, limit.text);
  // A body of unknown length (chunked) cannot be measured up front: browsers never send one for a
  // form or a fetch, so it is refused rather than read without a limit.
  if (length === undefined && request.headers['transfer-encoding'] !== undefined) {
    return refuse(request, response, 411, 'Send a Content-Length.');
  }
  request.headers[clientAddressHeader] = `${token} ${clientAddressOf(request, trust)}`;
  dropUntrustedForwarding(request, trust);
  // Next gives its own scripts the nonce it finds in the request's policy; a client's is replaced.
  request.headers['content-security-policy'] = `script-src 'nonce-${nonceTemplate}'`;
  delete request.headers['content-security-policy-report-only'];
  compress(request, response, () => {
    replaceNonceTemplate(response, nonceTemplate, nonce);
    void handle(request, response);
  });
});
// Longer than a load balancer's idle timeout (often 60 s), so it never reuses a socket we closed.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`[portal] ready on http://localhost:${port}${dev ? ' (development)' : ''}`));

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  // Keep-alive sockets would hold close() open: end idle ones now, the rest after their request.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 8_000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
