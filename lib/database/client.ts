// Builds a Prisma client on the pg driver. The same code path serves PostgreSQL servers and the
// embedded database (PGlite served on a local socket): docs/decisions/001-embedded-database.md.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter });
}
