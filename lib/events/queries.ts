// Reads of events: the public list (/events) and pages, the iCal feeds, and the staff's list and
// form (/manage/events). Events are public once created (there are no drafts); a cancelled one stays
// listed, marked so. The campaign an event belongs to is named only to those who may read it.
import 'server-only';
import { cache } from 'react';
import { can, managedCampaigns, managedEvents, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { isRecordId, slugPattern } from '@/lib/forms/fields';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CampaignStatus, EventStatus } from '@/lib/generated/prisma/enums';
import { listRegionOptions, type RegionOption } from '@/lib/regions/queries';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import type { EventFilters, ManagedEventFilters } from './filters';
import type { EventInput } from './schemas';
import { defaultTimeZone, timeZoneChoices, wallClockOf } from './times';

export const eventsPageSize = 20;
export const managedEventsPageSize = 25;

/** How long past events stay in the feeds, so a late change or a cancellation still reaches calendars. */
export const feedPastDays = 90;
/** At most this many events in one feed (the latest ones), whatever is stored. */
export const feedLimit = 1000;

const dayMs = 24 * 60 * 60 * 1000;

/** An event as lists and its page show it. */
export interface EventListItem {
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  status: EventStatus;
  regions: { slug: string; name: string }[];
  /** Its campaign, when the viewer may read it (a draft or archived one is not named to visitors). */
  campaign: { slug: string; title: string } | null;
}

export const eventListItemSelect = {
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  location: true,
  onlineUrl: true,
  status: true,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
  campaign: { select: { slug: true, title: true, status: true } },
} satisfies Prisma.EventSelect;

type CampaignLink = { slug: string; title: string; status: CampaignStatus } | null;

/** The campaign as the viewer may know it: named when they may read it, else not at all. */
function readableCampaign(viewer: MaybeViewer, campaign: CampaignLink): EventListItem['campaign'] {
  if (!campaign || !can(viewer, 'campaign:read', { status: campaign.status })) return null;
  return { slug: campaign.slug, title: campaign.title };
}

export function eventListItemOf<T extends { campaign: CampaignLink }>(viewer: MaybeViewer, row: T) {
  return { ...row, campaign: readableCampaign(viewer, row.campaign) };
}

/** Soonest first; the id settles ties, so pages never overlap ("Event_startsAt_id_idx"). */
const soonestFirst = [{ startsAt: 'asc' }, { id: 'asc' }] satisfies Prisma.EventOrderByWithRelationInput[];

/** Events that have not ended yet, soonest first, in one region when asked (/events?region=…). */
export async function listUpcomingEvents(
  viewer: MaybeViewer,
  filters: EventFilters,
  now = new Date(),
): Promise<Paginated<EventListItem>> {
  const where: Prisma.EventWhereInput = {
    endsAt: { gt: now },
    ...(filters.region ? { regions: { some: { slug: filters.region } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: soonestFirst,
      ...pageWindow(filters.page, eventsPageSize),
      select: eventListItemSelect,
    }),
  ]);
  return paginated(
    rows.map((row) => eventListItemOf(viewer, row)),
    total,
    filters.page,
    eventsPageSize,
  );
}

/** The upcoming events of one campaign, soonest first; 404 when the viewer may not see the campaign. */
export async function listCampaignEvents(
  viewer: MaybeViewer,
  campaignSlug: string,
  now = new Date(),
): Promise<Result<EventListItem[]>> {
  if (!slugPattern.test(campaignSlug)) return missing();
  const campaign = await db.campaign.findUnique({ where: { slug: campaignSlug }, select: { id: true, status: true } });
  if (!campaign || !can(viewer, 'campaign:read', campaign)) return missing();
  const rows = await db.event.findMany({
    where: { campaignId: campaign.id, endsAt: { gt: now } },
    orderBy: soonestFirst,
    take: 100,
    select: eventListItemSelect,
  });
  return { ok: true, data: rows.map((row) => eventListItemOf(viewer, row)) };
}

export interface EventDetail extends EventListItem {
  /** Markdown, rendered sanitised. */
  description: string;
  updatedAt: Date;
}

/** One event by its slug, for its page; 404 when there is none. */
export const getEvent = cache(async (viewer: MaybeViewer, slug: string): Promise<Result<EventDetail>> => {
  if (slug.length > 120 || !slugPattern.test(slug)) return missing();
  const row = await db.event.findUnique({
    where: { slug },
    select: { ...eventListItemSelect, description: true, updatedAt: true },
  });
  if (!row) return missing();
  return { ok: true, data: eventListItemOf(viewer, row) };
});

// ─── Feeds ───────────────────────────────────────────────────────────────────

/** An event as a calendar entry carries it (lib/events/ical.ts). */
export interface FeedEvent {
  id: string;
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  status: EventStatus;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

const feedEventSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  location: true,
  onlineUrl: true,
  status: true,
  sequence: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

/** Which calendar: every event (or a region's), one campaign's, or one event. */
export type FeedScope = { region?: string } | { campaign: string } | { event: string };

export interface EventFeed {
  /** What names the calendar in the subscriber's list: the coalition's name is added by the writer. */
  title: { kind: 'all' } | { kind: 'region' | 'campaign' | 'event'; name: string };
  events: FeedEvent[];
}

/**
 * The events of a feed: those that ended at most `feedPastDays` ago or are still to come (so a
 * change or a cancellation of a recent one still reaches calendars), cancelled ones included, at
 * most `feedLimit` (the latest). One event's own calendar always holds it. 404 for an unknown
 * region, event or campaign, and for a campaign the viewer may not read.
 */
export async function getEventFeed(
  viewer: MaybeViewer,
  scope: FeedScope,
  now = new Date(),
): Promise<Result<EventFeed>> {
  if ('event' in scope) {
    if (!slugPattern.test(scope.event)) return missing();
    const row = await db.event.findUnique({ where: { slug: scope.event }, select: feedEventSelect });
    if (!row) return missing();
    return { ok: true, data: { title: { kind: 'event', name: row.title }, events: [row] } };
  }
  let where: Prisma.EventWhereInput;
  let title: EventFeed['title'];
  if ('campaign' in scope) {
    if (!slugPattern.test(scope.campaign)) return missing();
    const campaign = await db.campaign.findUnique({
      where: { slug: scope.campaign },
      select: { id: true, title: true, status: true },
    });
    if (!campaign || !can(viewer, 'campaign:read', campaign)) return missing();
    where = { campaignId: campaign.id };
    title = { kind: 'campaign', name: campaign.title };
  } else if (scope.region) {
    const region = await db.region.findUnique({ where: { slug: scope.region }, select: { id: true, name: true } });
    if (!region) return missing();
    where = { regions: { some: { id: region.id } } };
    title = { kind: 'region', name: region.name };
  } else {
    where = {};
    title = { kind: 'all' };
  }
  const rows = await db.event.findMany({
    where: { AND: [where, { endsAt: { gte: new Date(now.getTime() - feedPastDays * dayMs) } }] },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    take: feedLimit,
    select: feedEventSelect,
  });
  return { ok: true, data: { title, events: rows.reverse() } };
}

// ─── For staff ───────────────────────────────────────────────────────────────

/** An event in the staff's list. */
export interface ManagedEventRow {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: EventStatus;
  regions: { slug: string; name: string }[];
  campaign: { title: string } | null;
  /** Whether the viewer may change it (one partly in another coordinator's regions is listed, not theirs). */
  editable: boolean;
}

/**
 * The events of the viewer's regions (all for admins and unscoped coordinators): those still to
 * come soonest first, or past ones latest first. 401/403 for anyone but staff.
 */
export async function listManagedEvents(
  viewer: MaybeViewer,
  filters: ManagedEventFilters,
  now = new Date(),
): Promise<Result<Paginated<ManagedEventRow>>> {
  if (!can(viewer, 'event:manage', {})) return denied(viewer);
  const upcoming = filters.when === 'upcoming';
  const where: Prisma.EventWhereInput = {
    AND: [managedEvents(viewer), upcoming ? { endsAt: { gt: now } } : { endsAt: { lte: now } }],
  };
  const [total, rows] = await Promise.all([
    db.event.count({ where }),
    db.event.findMany({
      where,
      orderBy: upcoming ? soonestFirst : [{ startsAt: 'desc' }, { id: 'asc' }],
      ...pageWindow(filters.page, managedEventsPageSize),
      select: {
        id: true,
        slug: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        status: true,
        regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true, name: true } },
        campaign: { select: { title: true } },
      },
    }),
  ]);
  const items = rows.map(({ regions, ...row }) => ({
    ...row,
    regions: regions.map(({ slug, name }) => ({ slug, name })),
    editable: can(viewer, 'event:edit', { regionIds: regions.map((region) => region.id) }),
  }));
  return { ok: true, data: paginated(items, total, filters.page, managedEventsPageSize) };
}

export interface EditableEvent {
  id: string;
  slug: string;
  status: EventStatus;
  /** The form's values, as it sends them: the times as wall-clock in the event's zone. */
  values: EventInput;
  /** Its campaign as stored (offered in the form even when the viewer could not pick it now). */
  campaign: { slug: string; title: string } | null;
}

/**
 * One event as its form starts from, for staff who may change it; 404 for one outside their
 * regions (and for any unknown id), 401/403 for anyone but staff.
 */
export async function getEventForEditing(viewer: MaybeViewer, eventId: string): Promise<Result<EditableEvent>> {
  if (!can(viewer, 'event:manage', {})) return denied(viewer);
  if (!isRecordId(eventId)) return missing();
  const row = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      status: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      location: true,
      onlineUrl: true,
      regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true } },
      campaign: { select: { slug: true, title: true } },
    },
  });
  if (!row || !can(viewer, 'event:edit', { regionIds: row.regions.map((region) => region.id) })) return missing();
  return {
    ok: true,
    data: {
      id: row.id,
      slug: row.slug,
      status: row.status,
      campaign: row.campaign,
      values: {
        title: row.title,
        description: row.description,
        startsAt: wallClockOf(row.startsAt, row.timeZone),
        endsAt: wallClockOf(row.endsAt, row.timeZone),
        timeZone: row.timeZone,
        location: row.location ?? '',
        onlineUrl: row.onlineUrl ?? '',
        regions: row.regions.map((region) => region.slug),
        campaign: row.campaign?.slug ?? '',
      },
    },
  };
}

export interface EventFormOptions {
  regions: RegionOption[];
  /** The campaigns the viewer may tie an event to: those they may change. */
  campaigns: { slug: string; title: string }[];
  timeZones: string[];
  /** The zone a new event starts in: the one the viewer gave their last event, else UTC. */
  defaultTimeZone: string;
}

/** What the event form offers this viewer. */
export async function getEventFormOptions(viewer: MaybeViewer): Promise<EventFormOptions> {
  const [regions, campaigns, last] = await Promise.all([
    listRegionOptions(),
    db.campaign.findMany({
      where: { AND: [managedCampaigns(viewer), { status: { not: 'ARCHIVED' } }] },
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
      take: 500,
      select: { slug: true, title: true, status: true, regions: { select: { id: true } } },
    }),
    viewer
      ? db.event.findFirst({
          where: { createdById: viewer.id },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          select: { timeZone: true },
        })
      : null,
  ]);
  const timeZones = timeZoneChoices();
  return {
    regions,
    campaigns: campaigns
      .filter((campaign) =>
        can(viewer, 'campaign:edit', {
          status: campaign.status,
          regionIds: campaign.regions.map((region) => region.id),
        }),
      )
      .map(({ slug, title }) => ({ slug, title })),
    timeZones,
    defaultTimeZone: last && timeZones.includes(last.timeZone) ? last.timeZone : defaultTimeZone,
  };
}
