// The one Prisma client of the running app. Only lib/ imports it; pages call lib functions.
import 'server-only';
import { createPrismaClient, type Database } from './database/client';
import { env, requireDatabaseUrl } from './env';

// Reused across hot reloads in development, so each edit does not open a new pool.
const globalForDb = globalThis as unknown as { portalDb?: Database };

export const db: Database = globalForDb.portalDb ?? createPrismaClient(requireDatabaseUrl(), env.DATABASE_POOL_SIZE);

if (env.NODE_ENV !== 'production') globalForDb.portalDb = db;
