// The iCal (RFC 5545) calendars of events: /events.ics (all, or one region's), each campaign's
// /campaigns/<slug>/events.ics, and one event's /events/<slug>/event.ics. Written by ical-generator,
// which escapes every text value, so a title or description cannot add a property; the calendar's
// name is the one value it writes as given, so it is kept to one line here (a property only ever
// starts on a new line; its commas and semicolons stay as calendar apps expect them in a name).
//
// What a subscribed calendar needs to follow a change: a UID that never changes (the event's id at
// the site's host), SEQUENCE (raised by every change it shows, lib/events/mutations.ts), STATUS
// (CONFIRMED or CANCELLED: a cancelled event stays in the feed, so calendars strike it out), and
// DTSTAMP / LAST-MODIFIED from the last change. Times are given in the event's own zone (TZID) with
// that zone's VTIMEZONE block from timezones-ical-library (its rules ship in the package: nothing is
// fetched), so a calendar in Lima shows an event set in Nairobi at the right hour, and keeps doing so
// across daylight-saving changes on either side. Zones that block names by another name (Africa/
// Addis_Ababa is Africa/Nairobi there) are written under that name; UTC, or a zone it does not
// know, as UTC times.
import 'server-only';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getTranslations } from 'next-intl/server';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import type { EventFeed, FeedEvent } from './queries';
import { zonedDateTimeOf } from './times';

/** How often subscribers are asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const refreshSeconds = 60 * 60;

const vtimezones = new Map<string, { tzid: string; block: string } | null>();

/** The VTIMEZONE block for a zone, and the TZID it names the zone by; null for UTC and unknown zones. */
function vtimezoneOf(timeZone: string): { tzid: string; block: string } | null {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return null;
  if (!vtimezones.has(timeZone)) {
    const found = tzlib_get_ical_block(timeZone);
    const [block, tzidLine] = Array.isArray(found) ? found : [];
    const tzid = tzidLine?.replace(/^TZID=/, '');
    vtimezones.set(timeZone, block && tzid ? { tzid, block } : null);
  }
  return vtimezones.get(timeZone) ?? null;
}

/** The block for a TZID the writer asks for (each event's, once per calendar). */
function vtimezoneBlock(tzid: string): string | null {
  for (const entry of vtimezones.values()) if (entry?.tzid === tzid) return entry.block;
  return null;
}

/** Plain text of the entry's description: the organiser's text, the online link, the event's page. */
function descriptionOf(event: FeedEvent, pageUrl: string): string {
  return [event.description, event.onlineUrl, pageUrl].filter(Boolean).join('\n\n');
}

/** The host part of the UIDs: the site's, so two portals never share one. */
function uidHost(): string {
  return new URL(getSiteSettings().siteUrl).hostname;
}

/** One line of text: control characters and line breaks become spaces. */
const oneLine = (text: string) =>
  text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The calendar's name in the subscriber's list of calendars. */
async function calendarName(title: EventFeed['title']): Promise<string> {
  const t = await getTranslations({ locale: 'en', namespace: 'events' });
  const site = getSiteSettings().name;
  if (title.kind === 'all') return t('feed.all', { site });
  if (title.kind === 'event') return title.name;
  return t(title.kind === 'region' ? 'feed.region' : 'feed.campaign', { site, name: title.name });
}

/** The VCALENDAR text of a feed. */
export async function eventCalendar(feed: EventFeed): Promise<string> {
  const host = uidHost();
  const calendar = ical({
    name: oneLine(await calendarName(feed.title)),
    prodId: { company: 'Coalition Portal', product: 'Events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: refreshSeconds,
    // No zone for the calendar itself; each event carries its own, and this writes their blocks.
    timezone: { name: null, generator: vtimezoneBlock },
  });
  for (const event of feed.events) {
    const pageUrl = absoluteUrl(`/events/${event.slug}`);
    const zone = vtimezoneOf(event.timeZone);
    calendar.createEvent({
      id: `${event.id}@${host}`,
      sequence: event.sequence,
      status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      created: event.createdAt,
      ...(zone
        ? {
            start: zonedDateTimeOf(event.startsAt, zone.tzid),
            end: zonedDateTimeOf(event.endsAt, zone.tzid),
            timezone: zone.tzid,
          }
        : { start: event.startsAt, end: event.endsAt }),
      summary: event.title,
      description: descriptionOf(event, pageUrl),
      location: event.location ?? event.onlineUrl ?? null,
      url: pageUrl,
    });
  }
  return calendar.toString();
}

/**
 * A calendar as a route handler answers it: text/calendar, shown inline (a calendar app subscribes
 * to the address) or, for one event, as a file to open; cached briefly by browsers and proxies (a
 * feed is the same for everyone: it is always built for a visitor).
 */
export function calendarResponse(body: string, fileName: string, disposition: 'inline' | 'attachment' = 'inline') {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `${disposition}; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=300',
    },
  });
}
