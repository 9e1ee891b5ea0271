// Recognising database errors the application answers with a message rather than a 500.
import { Prisma } from '../generated/prisma/client';

/** A unique constraint refused the write (Prisma P2002): someone took the name or address first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/**
 * The database had no connection free for a transaction in time (Prisma P2028): the server is
 * overloaded. Nothing was written; the request may be tried again.
 */
export function isDatabaseBusy(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028';
}
