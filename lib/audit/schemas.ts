// The audit log's GET filters (/manage/audit?action=member.suspend&actor=jonas&from=2026-01-01).
// Invalid values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { firstValue, pageParam, textParam } from '@/lib/site/search-params';

/** An optional value matching `pattern`; anything else reads as absent. */
const patternParam = (pattern: RegExp, maxLength: number) =>
  z.preprocess(firstValue, z.string().trim().max(maxLength).regex(pattern).optional()).catch(undefined);

/** A calendar day as an <input type="date"> sends it (YYYY-MM-DD), read in UTC; else absent. */
const dayParam = z
  .preprocess(
    firstValue,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      })
      .optional(),
  )
  .catch(undefined);

export const auditFiltersSchema = z.object({
  /** An action such as `member.suspend`. */
  action: patternParam(/^[a-z][a-z_]*(?:\.[a-z][a-z_]*)*$/, 80),
  /** A record type such as `Member`. */
  subjectType: patternParam(/^[A-Za-z][A-Za-z]*$/, 60),
  /** One record's id, for "this person's history" links. */
  subjectId: patternParam(/^[A-Za-z0-9_-]+$/, 64),
  /** Part of the actor's email address. */
  actor: textParam,
  /** First and last day shown (inclusive), YYYY-MM-DD in UTC. */
  from: dayParam,
  to: dayParam,
  page: pageParam,
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(searchParams: Record<string, unknown>): AuditFilters {
  return auditFiltersSchema.parse(searchParams);
}
