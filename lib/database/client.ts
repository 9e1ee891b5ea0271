// Builds a Prisma client on the pg driver. The same code path serves PostgreSQL servers and the
// embedded database (PGlite served on a local socket): docs/decisions/001-embedded-database.md.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  // With a small pool (one connection on the embedded database) a transaction may wait its turn.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}
