// Reads of the audit log (/manage/audit), for admins only: newest first, with each event's changed
// fields as before → after pairs.
import 'server-only';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import type { AuditFilters } from './schemas';

export const auditPageSize = 50;

export interface AuditChange {
  field: string;
  /** The JSON value before and after; undefined when the field was not recorded on that side. */
  before: unknown;
  after: unknown;
}

export interface AuditEventItem {
  id: string;
  createdAt: Date;
  action: string;
  subjectType: string;
  subjectId: string;
  /** The record's own page, where it has one (and still exists, for organisations); else null. */
  subjectHref: string | null;
  ip: string | null;
  /** Who acted; null for the system or a visitor (or an actor since deleted). */
  actor: { id: string; name: string; email: string } | null;
  changes: AuditChange[];
}

const dayMs = 24 * 60 * 60 * 1000;

function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00Z`);
  // "to" is the last day shown, so everything before the next midnight.
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + dayMs);
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.subjectType ? { subjectType: filters.subjectType } : {}),
    ...(filters.subjectId ? { subjectId: filters.subjectId } : {}),
    ...(filters.actor ? { actor: { email: { contains: filters.actor, mode: 'insensitive' } } } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

const asRecord = (value: Prisma.JsonValue | null): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** Each field named in either side, in the order recorded. */
export function auditChanges(before: Prisma.JsonValue | null, after: Prisma.JsonValue | null): AuditChange[] {
  const was = asRecord(before);
  const is = asRecord(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return fields.map((field) => ({ field, before: was[field], after: is[field] }));
}

/** Audit events, newest first, 50 a page, narrowed by action, subject, actor's email and days. */
export async function listAuditEvents(
  viewer: MaybeViewer,
  filters: AuditFilters,
): Promise<Result<Paginated<AuditEventItem>>> {
  if (!can(viewer, 'audit:read', {})) return denied(viewer);
  const where = auditWhere(filters);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(filters.page, auditPageSize),
      select: {
        id: true,
        createdAt: true,
        action: true,
        subjectType: true,
        subjectId: true,
        ip: true,
        before: true,
        after: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  const hrefOf = await subjectHrefs(rows);
  const items = rows.map(({ before, after, ...row }) => ({
    ...row,
    subjectHref: hrefOf(row),
    changes: auditChanges(before, after),
  }));
  return { ok: true, data: paginated(items, total, filters.page, auditPageSize) };
}

/** Pages of the records the log names, by subject type: people and applications by id. */
const pageById: Record<string, (id: string) => string> = {
  Member: (id) => `/manage/people/${id}`,
  MembershipApplication: (id) => `/manage/applications/${id}`,
  Theme: (id) => `/manage/themes#theme-${id}`,
  Campaign: (id) => `/manage/campaigns/${id}`,
  Event: (id) => `/manage/events/${id}`,
};

type Subject = { subjectType: string; subjectId: string };

/**
 * Where each event's record can be opened. An organisation's page is its directory profile, found
 * by slug: the slugs of every organisation on the page are read at once (one query, not one per row),
 * so a renamed organisation links to its current profile and a deleted one to nothing.
 */
async function subjectHrefs(subjects: Subject[]): Promise<(subject: Subject) => string | null> {
  const organizationIds = [
    ...new Set(subjects.filter((s) => s.subjectType === 'Organization').map((s) => s.subjectId)),
  ];
  const organizations =
    organizationIds.length > 0
      ? await db.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, slug: true } })
      : [];
  const slugs = new Map(organizations.map((organization) => [organization.id, organization.slug]));
  return ({ subjectType, subjectId }) => {
    if (subjectType === 'Organization') {
      const slug = slugs.get(subjectId);
      return slug ? `/directory/${slug}` : null;
    }
    return pageById[subjectType]?.(subjectId) ?? null;
  };
}

/** The actions present in the log, alphabetically, for the action filter. */
export async function listAuditActions(viewer: MaybeViewer): Promise<Result<string[]>> {
  if (!can(viewer, 'audit:read', {})) return denied(viewer);
  const rows = await db.auditEvent.groupBy({ by: ['action'], orderBy: { action: 'asc' } });
  return { ok: true, data: rows.map((row) => row.action) };
}

/** The record types present in the log, alphabetically, for the subject filter. */
export async function listAuditSubjectTypes(viewer: MaybeViewer): Promise<Result<string[]>> {
  if (!can(viewer, 'audit:read', {})) return denied(viewer);
  const rows = await db.auditEvent.groupBy({ by: ['subjectType'], orderBy: { subjectType: 'asc' } });
  return { ok: true, data: rows.map((row) => row.subjectType) };
}
