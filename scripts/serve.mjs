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
import { clientAddressHeader, clientAddressOf, parseTrustedProxies } from './client-address.mjs';

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

const { default: next } = await import('next');
const app = next({ dev, dir: path.resolve(import.meta.dirname, '..'), port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[clientAddressHeader] = `${token} ${clientAddressOf(request, trust)}`;
  void handle(request, response);
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
