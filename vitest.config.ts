import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Next's guard against importing server code in the browser; tests run on the server side.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
      // Mail texts come from the catalogues through next-intl/server, which needs Next's request scope.
      'next-intl/server': path.resolve(import.meta.dirname, 'lib/testing/next-intl-server.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'prisma/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Each test file gets its own fresh database (lib/testing/database.ts).
    setupFiles: ['lib/testing/database.ts'],
    globalSetup: ['lib/testing/migrated-template.ts'],
    pool: 'forks',
    // next-auth imports `next/server` without a file extension, which Node's ESM loader refuses;
    // letting Vite process it resolves the import as Next's bundler does.
    server: { deps: { inline: ['next-auth'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
