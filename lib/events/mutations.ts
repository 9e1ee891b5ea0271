// Writing events (/manage/events): staff create them, change them, cancel them and put them back on.
// Every write takes the viewer first and returns a Result; the policy decides ('event:manage' to
// work here, 'event:edit' for the event's regions, before and after the change, and 'campaign:edit'
// for the campaign it is tied to), and every change is audited in its own transaction.
//
// Calendars that subscribed to a feed (lib/events/ical.ts) only take a change they can tell is
// newer: `sequence` goes up with every change they show (the title, the times, the place, the
// description, cancelling) and the event's id stays its UID. Its slug is made once from the first
// title and never changes, so the page address in subscribers' calendars keeps working.
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer, type Viewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { firstFreeSlug, retryOnSlugRace, slugFromTitle } from '@/lib/site/slugs';
import { denied, fieldRefusal, invalid, missing, refused, type Refusal, type Result } from '@/lib/forms/result';
import type { EventStatus, Prisma } from '@/lib/generated/prisma/client';
import { eventEditSchema, eventSchema, eventStatusSchema, type EventValues } from './schemas';

// ─── What the rules need to know ─────────────────────────────────────────────

interface ResolvedLinks {
  regionIds: string[];
  campaignId: string | null;
}

/**
 * The chosen regions and campaign as rows, or a refusal beside the field. A campaign must exist,
 * and be one the viewer may change, unless the event already belongs to it (an event stays tied to
 * a campaign that was archived since).
 */
async function resolveLinks(
  viewer: Viewer,
  values: EventValues,
  currentCampaignId: string | null = null,
): Promise<ResolvedLinks | Refusal> {
  const [regions, campaign] = await Promise.all([
    db.region.findMany({ where: { slug: { in: values.regions } }, select: { id: true } }),
    values.campaign
      ? db.campaign.findUnique({
          where: { slug: values.campaign },
          select: { id: true, status: true, regions: { select: { id: true } } },
        })
      : null,
  ]);
  if (regions.length !== values.regions.length) return fieldRefusal(400, 'regions', 'regionUnknown');
  if (values.campaign && !campaign) return fieldRefusal(400, 'campaign', 'campaignUnknown');
  if (
    campaign &&
    campaign.id !== currentCampaignId &&
    !can(viewer, 'campaign:edit', { status: campaign.status, regionIds: campaign.regions.map((region) => region.id) })
  ) {
    return fieldRefusal(403, 'campaign', 'campaignNotYours');
  }
  return { regionIds: regions.map((region) => region.id), campaignId: campaign?.id ?? null };
}

// ─── Slugs ───────────────────────────────────────────────────────────────────

/** A slug no other event has: the title's, or the title's with -2, -3… */
async function freeSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugFromTitle(title, 'event');
  const rows = await tx.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    rows.map((row) => row.slug),
  );
}

// ─── Content ─────────────────────────────────────────────────────────────────

/** The columns a calendar shows: a change to any of them raises the event's sequence. */
const calendarColumnNames = [
  'title',
  'description',
  'startsAt',
  'endsAt',
  'timeZone',
  'location',
  'onlineUrl',
] as const;

type CalendarColumns = Pick<EventValues, (typeof calendarColumnNames)[number]>;

const calendarColumnsSelect = Object.fromEntries(calendarColumnNames.map((name) => [name, true])) as Record<
  (typeof calendarColumnNames)[number],
  true
>;

function calendarColumns(values: EventValues): CalendarColumns {
  return Object.fromEntries(calendarColumnNames.map((name) => [name, values[name]])) as CalendarColumns;
}

/** An event as the audit log compares it: instants as ISO text, region ids sorted. */
function auditSnapshot(columns: CalendarColumns, links: ResolvedLinks): Record<string, unknown> {
  return {
    ...columns,
    startsAt: columns.startsAt.toISOString(),
    endsAt: columns.endsAt.toISOString(),
    regionIds: [...links.regionIds].sort(),
    campaignId: links.campaignId,
  };
}

/** The regions an event is in, for the policy; null when there is no such event. */
async function eventFacts(eventId: string) {
  const row = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, campaignId: true, regions: { select: { id: true } } },
  });
  return row ? { ...row, regionIds: row.regions.map((region) => region.id) } : null;
}

/** Writes a new event; its organiser is the viewer. Staff limited to regions create in their regions. */
export async function createEvent(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ id: string; slug: string }>> {
  if (!viewer || !can(viewer, 'event:manage', {})) return denied(viewer);
  const parsed = eventSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const links = await resolveLinks(viewer, parsed.data);
  if ('ok' in links) return links;
  if (!can(viewer, 'event:edit', { regionIds: links.regionIds })) {
    return fieldRefusal(403, 'regions', 'regionsNotYours');
  }
  const columns = calendarColumns(parsed.data);
  const created = await retryOnSlugRace(() =>
    db.$transaction(async (tx) => {
      const slug = await freeSlug(tx, columns.title);
      const event = await tx.event.create({
        data: {
          ...columns,
          slug,
          campaignId: links.campaignId,
          createdById: viewer.id,
          regions: { connect: links.regionIds.map((id) => ({ id })) },
        },
        select: { id: true, slug: true },
      });
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'event.create',
        subjectType: 'Event',
        subjectId: event.id,
        after: { ...auditSnapshot(columns, links), slug, status: 'SCHEDULED', sequence: 0 },
        ip: meta.ip,
      });
      return event;
    }),
  );
  return { ok: true, message: 'created', data: created };
}

/**
 * Saves an event's content, times, regions and campaign. Calendars pick the change up: the
 * sequence goes up when anything they show changed (not for regions or the campaign alone).
 */
export async function updateEvent(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; sequence: number }>> {
  if (!viewer || !can(viewer, 'event:manage', {})) return denied(viewer);
  const parsed = eventEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, ...values } = parsed.data;
  const current = await eventFacts(eventId);
  if (!current) return missing();
  if (!can(viewer, 'event:edit', { regionIds: current.regionIds })) return denied(viewer);
  const links = await resolveLinks(viewer, values, current.campaignId);
  if ('ok' in links) return links;
  if (!can(viewer, 'event:edit', { regionIds: links.regionIds })) {
    return fieldRefusal(403, 'regions', 'regionsNotYours');
  }
  const columns = calendarColumns(values);
  return db.$transaction(async (tx) => {
    // The row as it is now, locked: two saves at once each compare with what the other wrote.
    await tx.$executeRaw`SELECT 1 FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
    const before = await tx.event.findUniqueOrThrow({
      where: { id: eventId },
      select: {
        slug: true,
        sequence: true,
        campaignId: true,
        regions: { select: { id: true } },
        ...calendarColumnsSelect,
      },
    });
    const { slug, sequence, campaignId, regions, ...oldColumns } = before;
    const oldLinks = { regionIds: regions.map((region) => region.id), campaignId };
    const changes = changedFields(auditSnapshot(oldColumns, oldLinks), auditSnapshot(columns, links));
    if (Object.keys(changes.after).length === 0) return { ok: true, message: 'noChanges', data: { slug, sequence } };
    const calendarChanged = calendarColumnNames.some((name) => name in changes.after);
    const updated = await tx.event.update({
      where: { id: eventId },
      data: {
        ...columns,
        campaignId: links.campaignId,
        regions: { set: links.regionIds.map((id) => ({ id })) },
        ...(calendarChanged ? { sequence: { increment: 1 } } : {}),
      },
      select: { sequence: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'event.update',
      subjectType: 'Event',
      subjectId: eventId,
      before: { ...changes.before, ...(calendarChanged ? { sequence } : {}) },
      after: { ...changes.after, ...(calendarChanged ? { sequence: updated.sequence } : {}) },
      ip: meta.ip,
    });
    return { ok: true, message: 'saved', data: { slug, sequence: updated.sequence } };
  });
}

/**
 * Cancels a scheduled event (`to: 'CANCELLED'`) or puts a cancelled one back on (`'SCHEDULED'`).
 * It stays listed and in the feeds, marked, with a higher sequence so calendars take the change.
 * Only from the other state: a second click, or someone else's, answers 409 and changes nothing.
 */
async function setEventStatus(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  to: EventStatus,
): Promise<Result<{ id: string; slug: string }>> {
  if (!viewer || !can(viewer, 'event:manage', {})) return denied(viewer);
  const parsed = eventStatusSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId } = parsed.data;
  const current = await eventFacts(eventId);
  if (!current) return missing();
  if (!can(viewer, 'event:edit', { regionIds: current.regionIds })) return denied(viewer);
  const from: EventStatus = to === 'CANCELLED' ? 'SCHEDULED' : 'CANCELLED';
  const outcome = await db.$transaction(async (tx) => {
    const moved = await tx.event.updateMany({
      where: { id: eventId, status: from },
      data: { status: to, sequence: { increment: 1 } },
    });
    if (moved.count === 0) return null;
    const after = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true, sequence: true } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: to === 'CANCELLED' ? 'event.cancel' : 'event.reinstate',
      subjectType: 'Event',
      subjectId: eventId,
      before: { status: from, sequence: after.sequence - 1 },
      after: { status: to, sequence: after.sequence },
      ip: meta.ip,
    });
    return { id: eventId, slug: after.slug };
  });
  if (!outcome) return refused(409, to === 'CANCELLED' ? 'alreadyCancelled' : 'notCancelled');
  return { ok: true, message: to === 'CANCELLED' ? 'cancelled' : 'reinstated', data: outcome };
}

export function cancelEvent(viewer: MaybeViewer, input: unknown, meta: RequestMeta) {
  return setEventStatus(viewer, input, meta, 'CANCELLED');
}

export function reinstateEvent(viewer: MaybeViewer, input: unknown, meta: RequestMeta) {
  return setEventStatus(viewer, input, meta, 'SCHEDULED');
}
