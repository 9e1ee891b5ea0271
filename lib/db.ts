// The one Prisma client of the running app. Only lib/ imports it; pages call lib functions.
import 'server-only';
import { createPrismaClient, type Database } from './database/client';
import { env, requireDatabaseUrl } from './env';

// Reused across hot reloads in development, so each edit does not open a new pool.
const globalForDb = globalThis as unknown as { portalDb?: Database };

function client(): Database {
  globalForDb.portalDb ??= createPrismaClient(requireDatabaseUrl(), env.DATABASE_POOL_SIZE);
  return globalForDb.portalDb;
}

/**
 * Connects on first use, not on import: `next build` imports every route to collect its settings,
 * with no database to connect to.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});
