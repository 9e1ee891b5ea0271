import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
// Importing the settings here makes a bad setting fail `next build` and `next start` at once.
import { env } from './lib/env';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  distDir: env.NEXT_DIST_DIR,
  poweredByHeader: false,
  // The portal's HTTP server (scripts/serve.mjs) compresses responses and sends the security
  // headers: it swaps a fresh script nonce into each page first, which a compressed body or an
  // ETag of the unswapped page would defeat (docs/decisions/014-security-headers.md).
  compress: false,
  generateEtags: false,
  typedRoutes: false,
  // forbidden() and unauthorized() in pages: 403 and 401 with app/forbidden.tsx and app/unauthorized.tsx.
  // The visitor page cache stays in memory (least recently used first out, 50 MB): nothing is
  // written to disk, so hand-made query strings cannot fill it, and a restart starts afresh.
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  // PGlite and its socket server are only used by the launcher and tests, never bundled. pdfkit
  // (the publication PDF, lib/library/pdf.ts) is loaded from node_modules as it is: it reads its
  // own data files beside its code.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', 'pdfkit'],
  // The PDF's fonts are read from node_modules at run time (a path, not an import): listed so a
  // traced or standalone build carries them. `*` stands for [slug], which a glob would read as a class.
  outputFileTracingIncludes: {
    '/library/*/pdf': ['./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans{,-Bold,-Oblique,-BoldOblique,Mono}.ttf'],
  },
};

export default withNextIntl(nextConfig);
