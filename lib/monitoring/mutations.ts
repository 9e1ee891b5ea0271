// Writing the countries' monitoring timelines (/manage/monitoring): staff of a country's region
// write an entry, change it or remove it. Every write takes the viewer first and returns a Result;
// the policy decides ('monitoring:manage' to work here, 'monitoring:edit' for the country's region,
// before and after a change of country), and every change is audited in its own transaction.
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { denied, fieldRefusal, invalid, missing, type Refusal, type Result } from '@/lib/forms/result';
import {
  monitoringEntryEditSchema,
  monitoringEntryRemoveSchema,
  monitoringEntrySchema,
  type MonitoringEntryValues,
} from './schemas';

interface ResolvedEntry {
  regionId: string;
  publicationIds: string[];
  campaignIds: string[];
}

/**
 * The chosen country, publications and campaigns as rows, or a refusal beside the field. A linked
 * publication must be published and a linked campaign past its draft: the entry shows them.
 */
async function resolveEntry(values: MonitoringEntryValues): Promise<ResolvedEntry | Refusal> {
  const [country, publications, campaigns] = await Promise.all([
    db.country.findUnique({ where: { code: values.country }, select: { regionId: true } }),
    db.publication.findMany({
      where: { slug: { in: values.publications }, status: 'PUBLISHED' },
      select: { id: true, slug: true },
    }),
    db.campaign.findMany({
      where: { slug: { in: values.campaigns }, status: { not: 'DRAFT' } },
      select: { id: true, slug: true },
    }),
  ]);
  if (!country) return fieldRefusal(400, 'country', 'countryUnknown');
  if (publications.length !== values.publications.length) {
    return fieldRefusal(400, 'publications', 'publicationUnknown');
  }
  if (campaigns.length !== values.campaigns.length) return fieldRefusal(400, 'campaigns', 'campaignUnknown');
  const idOf = (rows: { id: string; slug: string }[], slug: string) => rows.find((row) => row.slug === slug)!.id;
  return {
    regionId: country.regionId,
    publicationIds: values.publications.map((slug) => idOf(publications, slug)),
    campaignIds: values.campaigns.map((slug) => idOf(campaigns, slug)),
  };
}

/** An entry as the audit log compares it: the day as text, linked records by id, sorted. */
function auditSnapshot(values: MonitoringEntryValues, links: ResolvedEntry): Record<string, unknown> {
  return {
    countryCode: values.country,
    observedOn: values.observedOn.toISOString().slice(0, 10),
    level: values.level,
    summary: values.summary,
    sources: values.sources,
    visibility: values.visibility,
    publicationIds: [...links.publicationIds].sort(),
    campaignIds: [...links.campaignIds].sort(),
  };
}

function columnsOf(values: MonitoringEntryValues) {
  return {
    countryCode: values.country,
    observedOn: values.observedOn,
    level: values.level,
    summary: values.summary,
    sources: values.sources,
    visibility: values.visibility,
  };
}

/** The region of an entry's country, for the policy; null when there is no such entry. */
async function entryFacts(entryId: string) {
  const row = await db.monitoringEntry.findUnique({
    where: { id: entryId },
    select: { country: { select: { regionId: true } } },
  });
  return row ? { regionIds: [row.country.regionId] } : null;
}

/** Writes a new entry about a country of the viewer's regions. */
export async function createMonitoringEntry(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ id: string; countryCode: string }>> {
  if (!viewer || !can(viewer, 'monitoring:manage', {})) return denied(viewer);
  const parsed = monitoringEntrySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const links = await resolveEntry(parsed.data);
  if ('ok' in links) return links;
  if (!can(viewer, 'monitoring:edit', { regionIds: [links.regionId] })) {
    return fieldRefusal(403, 'country', 'countryNotYours');
  }
  const created = await db.$transaction(async (tx) => {
    const entry = await tx.monitoringEntry.create({
      data: {
        ...columnsOf(parsed.data),
        createdById: viewer.id,
        publications: { connect: links.publicationIds.map((id) => ({ id })) },
        campaigns: { connect: links.campaignIds.map((id) => ({ id })) },
      },
      select: { id: true, countryCode: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'monitoring.create',
      subjectType: 'MonitoringEntry',
      subjectId: entry.id,
      after: auditSnapshot(parsed.data, links),
      ip: meta.ip,
    });
    return entry;
  });
  return { ok: true, message: 'created', data: created };
}

/** Saves an entry; moving it to another country needs that country's region too. */
export async function updateMonitoringEntry(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ countryCode: string }>> {
  if (!viewer || !can(viewer, 'monitoring:manage', {})) return denied(viewer);
  const parsed = monitoringEntryEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { entryId, ...values } = parsed.data;
  const current = await entryFacts(entryId);
  if (!current) return missing();
  if (!can(viewer, 'monitoring:edit', current)) return denied(viewer);
  const links = await resolveEntry(values);
  if ('ok' in links) return links;
  if (!can(viewer, 'monitoring:edit', { regionIds: [links.regionId] })) {
    return fieldRefusal(403, 'country', 'countryNotYours');
  }
  return db.$transaction(async (tx) => {
    // The row as it is now, locked: two saves at once each compare with what the other wrote.
    await tx.$executeRaw`SELECT 1 FROM "MonitoringEntry" WHERE id = ${entryId} FOR UPDATE`;
    const before = await tx.monitoringEntry.findUniqueOrThrow({
      where: { id: entryId },
      select: {
        countryCode: true,
        observedOn: true,
        level: true,
        summary: true,
        sources: true,
        visibility: true,
        publications: { select: { id: true } },
        campaigns: { select: { id: true } },
      },
    });
    const changes = changedFields(
      auditSnapshot(
        { ...before, country: before.countryCode, publications: [], campaigns: [] },
        {
          regionId: current.regionIds[0]!,
          publicationIds: before.publications.map((row) => row.id),
          campaignIds: before.campaigns.map((row) => row.id),
        },
      ),
      auditSnapshot(values, links),
    );
    if (Object.keys(changes.after).length === 0) {
      return { ok: true, message: 'noChanges', data: { countryCode: before.countryCode } };
    }
    await tx.monitoringEntry.update({
      where: { id: entryId },
      data: {
        ...columnsOf(values),
        publications: { set: links.publicationIds.map((id) => ({ id })) },
        campaigns: { set: links.campaignIds.map((id) => ({ id })) },
      },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'monitoring.update',
      subjectType: 'MonitoringEntry',
      subjectId: entryId,
      before: changes.before,
      after: changes.after,
      ip: meta.ip,
    });
    return { ok: true, message: 'saved', data: { countryCode: values.country } };
  });
}

/** Removes an entry (after its form's confirmation box), audited with what it said. */
export async function removeMonitoringEntry(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ countryCode: string }>> {
  if (!viewer || !can(viewer, 'monitoring:manage', {})) return denied(viewer);
  const parsed = monitoringEntryRemoveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { entryId } = parsed.data;
  const current = await entryFacts(entryId);
  if (!current) return missing();
  if (!can(viewer, 'monitoring:edit', current)) return denied(viewer);
  const removed = await db.$transaction(async (tx) => {
    const row = await tx.monitoringEntry.findUnique({
      where: { id: entryId },
      select: { countryCode: true, observedOn: true, level: true, summary: true },
    });
    if (!row) return null;
    const { count } = await tx.monitoringEntry.deleteMany({ where: { id: entryId } });
    if (count === 0) return null;
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'monitoring.remove',
      subjectType: 'MonitoringEntry',
      subjectId: entryId,
      before: { ...row, observedOn: row.observedOn.toISOString().slice(0, 10) },
      ip: meta.ip,
    });
    return row.countryCode;
  });
  if (!removed) return missing();
  return { ok: true, message: 'removed', data: { countryCode: removed } };
}
