// Reads of the countries' monitoring timelines: a country's timeline (its page and feed), the
// monitored countries with their latest level (/countries), and the staff's list and form.
import 'server-only';
import {
  can,
  managedCountries,
  managedMonitoringEntries,
  readableVisibilities,
  visibleCampaigns,
  visibleMonitoringEntries,
  visiblePublications,
  type MaybeViewer,
} from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, missing, type Result } from '@/lib/forms/result';
import { isRecordId } from '@/lib/forms/fields';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MonitoringLevel, Visibility } from '@/lib/generated/prisma/enums';
import { pageWindow, paginated, type Paginated } from '@/lib/site/pagination';
import { linksMax, type MonitoringEntryInput } from './schemas';

/** The newest entries a country's page and feed show. */
export const timelineLength = 50;
export const managedEntriesPageSize = 25;

export interface TimelineEntry {
  id: string;
  observedOn: Date;
  level: MonitoringLevel;
  summary: string;
  sources: string[];
  visibility: Visibility;
  updatedAt: Date;
  /** Only those the viewer may open. */
  publications: { slug: string; title: string }[];
  campaigns: { slug: string; title: string }[];
}

/** Newest day first; the latest written first within a day. */
const newestFirst = [
  { observedOn: 'desc' },
  { createdAt: 'desc' },
  { id: 'asc' },
] satisfies Prisma.MonitoringEntryOrderByWithRelationInput[];

/** A country's timeline as the viewer may read it, newest first (at most timelineLength entries). */
export async function listTimeline(viewer: MaybeViewer, countryCode: string): Promise<TimelineEntry[]> {
  return db.monitoringEntry.findMany({
    where: { AND: [{ countryCode }, visibleMonitoringEntries(viewer)] },
    orderBy: newestFirst,
    take: timelineLength,
    select: {
      id: true,
      observedOn: true,
      level: true,
      summary: true,
      sources: true,
      visibility: true,
      updatedAt: true,
      publications: {
        where: visiblePublications(viewer),
        orderBy: { title: 'asc' },
        take: linksMax,
        select: { slug: true, title: true },
      },
      campaigns: {
        where: visibleCampaigns(viewer),
        orderBy: { title: 'asc' },
        take: linksMax,
        select: { slug: true, title: true },
      },
    },
  });
}

export interface MonitoredCountry {
  code: string;
  name: string;
  level: MonitoringLevel;
  observedOn: Date;
}

/** Every country with an entry the viewer may read, with its latest entry's level: alerts first. */
export async function listMonitoredCountries(viewer: MaybeViewer): Promise<MonitoredCountry[]> {
  const readable = readableVisibilities(viewer);
  const rows = await db.$queryRaw<MonitoredCountry[]>`
    SELECT DISTINCT ON (e."countryCode") e."countryCode" AS code, c.name, e.level::text AS level, e."observedOn"
    FROM "MonitoringEntry" e JOIN "Country" c ON c.code = e."countryCode"
    WHERE e.visibility::text IN (${Prisma.join(readable)})
    ORDER BY e."countryCode", e."observedOn" DESC, e."createdAt" DESC, e.id`;
  const severity: Record<MonitoringLevel, number> = { ALERT: 0, CONCERN: 1, WATCH: 2 };
  return rows.sort(
    (a, b) =>
      severity[a.level] - severity[b.level] ||
      b.observedOn.getTime() - a.observedOn.getTime() ||
      a.name.localeCompare(b.name),
  );
}

export interface ManagedEntryRow {
  id: string;
  observedOn: Date;
  level: MonitoringLevel;
  summary: string;
  visibility: Visibility;
  country: { code: string; name: string };
}

/** The entries about countries of the viewer's regions, newest first, 25 a page. */
export async function listManagedEntries(
  viewer: MaybeViewer,
  page: number,
): Promise<Result<Paginated<ManagedEntryRow>>> {
  if (!can(viewer, 'monitoring:manage', {})) return denied(viewer);
  const where = managedMonitoringEntries(viewer);
  const [total, rows] = await Promise.all([
    db.monitoringEntry.count({ where }),
    db.monitoringEntry.findMany({
      where,
      orderBy: newestFirst,
      ...pageWindow(page, managedEntriesPageSize),
      select: {
        id: true,
        observedOn: true,
        level: true,
        summary: true,
        visibility: true,
        country: { select: { code: true, name: true } },
      },
    }),
  ]);
  return { ok: true, data: paginated(rows, total, page, managedEntriesPageSize) };
}

export interface EditableEntry {
  id: string;
  country: { code: string; name: string };
  values: MonitoringEntryInput;
}

/** An entry as its form shows it; 404 for an unknown one or one outside the viewer's regions. */
export async function getEntryForEditing(viewer: MaybeViewer, entryId: string): Promise<Result<EditableEntry>> {
  if (!can(viewer, 'monitoring:manage', {})) return denied(viewer);
  if (!isRecordId(entryId)) return missing();
  const row = await db.monitoringEntry.findFirst({
    where: { AND: [{ id: entryId }, managedMonitoringEntries(viewer)] },
    select: {
      id: true,
      observedOn: true,
      level: true,
      summary: true,
      sources: true,
      visibility: true,
      country: { select: { code: true, name: true } },
      publications: { orderBy: { title: 'asc' }, select: { slug: true } },
      campaigns: { orderBy: { title: 'asc' }, select: { slug: true } },
    },
  });
  if (!row) return missing();
  return {
    ok: true,
    data: {
      id: row.id,
      country: row.country,
      values: {
        country: row.country.code,
        observedOn: row.observedOn.toISOString().slice(0, 10),
        level: row.level,
        summary: row.summary,
        sources: row.sources.join('\n'),
        publications: row.publications.map((publication) => publication.slug).join('\n'),
        campaigns: row.campaigns.map((campaign) => campaign.slug).join('\n'),
        visibility: row.visibility,
      },
    },
  };
}

/** The countries the viewer may write about, by region then name. */
export async function getMonitoringCountryOptions(viewer: MaybeViewer): Promise<{ value: string; label: string }[]> {
  if (!can(viewer, 'monitoring:manage', {})) return [];
  const rows = await db.country.findMany({
    where: managedCountries(viewer),
    orderBy: [{ region: { sortOrder: 'asc' } }, { name: 'asc' }],
    select: { code: true, name: true, region: { select: { name: true } } },
  });
  return rows.map((row) => ({ value: row.code, label: `${row.name} (${row.region.name})` }));
}
