// The one Prisma client of the running app. Only lib/ imports it; pages call lib functions.
import 'server-only';
import type { Database } from './database/client';
import { sharedDatabase } from './database/shared';

/**
 * Connects on first use, not on import: `next build` imports every route to collect its settings,
 * with no database to connect to.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const target = sharedDatabase();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
  },
});
