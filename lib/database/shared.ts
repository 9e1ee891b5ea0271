// The one Prisma client of a server process, made on first use and kept on globalThis: the app's
// routes and the instrumentation hook (which starts the mail worker) are bundled apart, and
// development's hot reloads would each open a new pool. lib/db.ts is the app's door to it; the
// mail worker and the tests' mail helper take the client itself.
import { requireDatabaseUrl, env } from '../env';
import { createPrismaClient, type Database } from './client';

const globalForDb = globalThis as unknown as { portalDb?: Database };

export function sharedDatabase(): Database {
  globalForDb.portalDb ??= createPrismaClient(requireDatabaseUrl(), env.DATABASE_POOL_SIZE);
  return globalForDb.portalDb;
}
