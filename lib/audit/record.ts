// The audit log: who did what to which record, with the changed fields before and after. Always
// written with the transaction client of the change itself, so both land or neither does.
import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export interface AuditEntry {
  actorId: string | null;
  /** Verb of the domain, e.g. 'application.approve', 'member.suspend'. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  ip?: string | null;
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      before: entry.before ? asJson(entry.before) : undefined,
      after: entry.after ? asJson(entry.after) : undefined,
      ip: entry.ip ?? null,
    },
  });
}

/** Only the fields whose values differ, as { before, after } (compared as JSON). */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changed.before[key] = before[key];
      changed.after[key] = after[key];
    }
  }
  return changed;
}
