// Events against a real database: times given in a zone become the right instants (and a time the
// clocks skip is refused), bad input is refused beside its field with nothing written, the policy's
// regions hold, every change is audited and raises the sequence calendars follow, the lists and
// the feeds hold what they should, a draft campaign stays unnamed, and the iCal text, read back
// with a parser (ical.js), says what the event is and lets nothing in a title or description add a
// property of its own.
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import {
  createCampaign,
  createEvent as createEventRow,
  createMember,
  ensureReferenceData,
  uniqueSuffix,
} from '@/prisma/seed/factories';
import { eventCalendar } from './ical';
import { cancelEvent, createEvent, reinstateEvent, updateEvent } from './mutations';
import { getEvent, getEventFeed, getEventForEditing, listManagedEvents, listUpcomingEvents } from './queries';
import { instantOf, utcOffsetOf, wallClockOf } from './times';

const meta = { ip: '192.0.2.9' };

let regionIds: Map<string, string>;
let admin: Viewer;
let americasCoordinator: Viewer;
let africaCoordinator: Viewer;
let member: Viewer;

beforeAll(async () => {
  regionIds = await ensureReferenceData(db);
  const region = (slug: string) => regionIds.get(slug)!;
  admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
  americasCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['americas'] }), [
    region('americas'),
  ]);
  africaCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [
    region('africa'),
  ]);
  member = viewerOf(await createMember(db));
});

/** The form as a browser sends it: an event in Lima, in the Americas, in person. */
const eventForm = (extra: Record<string, unknown> = {}) => ({
  title: `Regional monitoring meeting ${uniqueSuffix()}`,
  description: 'We review **early-warning** reports.',
  startsAt: '2027-03-29T10:00',
  endsAt: '2027-03-29T12:00',
  timeZone: 'America/Lima',
  location: 'Av. Arequipa 1234, Lima',
  onlineUrl: '',
  regions: ['americas'],
  campaign: '',
  ...extra,
});

const auditOf = (subjectId: string) =>
  db.auditEvent.findMany({ where: { subjectType: 'Event', subjectId }, orderBy: { createdAt: 'asc' } });

/** What a refused write must leave as it was. */
const snapshot = async () => ({
  events: await db.event.findMany({ orderBy: { id: 'asc' }, include: { regions: { select: { id: true } } } }),
  audit: await db.auditEvent.count(),
});

async function created(viewer: Viewer, extra: Record<string, unknown> = {}) {
  const result = await createEvent(viewer, eventForm(extra), meta);
  expect(result).toMatchObject({ ok: true, message: 'created' });
  return dataOf(result)!;
}

// ─── Times ───────────────────────────────────────────────────────────────────

describe('event times', () => {
  it('reads a wall-clock time in its zone, refuses one the clocks skip and takes the first of a repeated one', () => {
    expect(instantOf('2027-03-29T10:00', 'Europe/Berlin')).toEqual({ instant: new Date('2027-03-29T08:00:00Z') });
    expect(instantOf('2027-03-29T10:00', 'Africa/Nairobi')).toEqual({ instant: new Date('2027-03-29T07:00:00Z') });
    expect(instantOf('2027-03-29T10:00', 'America/Lima')).toEqual({ instant: new Date('2027-03-29T15:00:00Z') });
    // Summer time starts in Berlin at 02:00 on 28 March 2027: 02:30 never happens.
    expect(instantOf('2027-03-28T02:30', 'Europe/Berlin')).toEqual({ problem: 'inGap' });
    // It ends at 03:00 on 31 October 2027: 02:30 happens twice; the first is at +02:00.
    expect(instantOf('2027-10-31T02:30', 'Europe/Berlin')).toEqual({ instant: new Date('2027-10-31T00:30:00Z') });
    expect(instantOf('2027-02-30T10:00', 'UTC')).toEqual({ problem: 'invalid' });
    expect(instantOf('9999-01-01T10:00', 'UTC')).toEqual({ problem: 'outOfRange' });
    expect(instantOf('2027-03-29T10:00Z', 'UTC')).toEqual({ problem: 'invalid' });
    expect(wallClockOf(new Date('2027-03-29T08:00:00Z'), 'Europe/Berlin')).toBe('2027-03-29T10:00');
    expect(utcOffsetOf(new Date('2027-03-29T08:00:00Z'), 'Europe/Berlin')).toBe('UTC+02:00');
    expect(utcOffsetOf(new Date('2027-03-29T08:00:00Z'), 'America/Lima')).toBe('UTC\u221205:00');
    expect(utcOffsetOf(new Date('2027-03-29T08:00:00Z'), 'UTC')).toBe('UTC');
  });
});

// ─── Writes ──────────────────────────────────────────────────────────────────

describe('creating an event', () => {
  it('stores the instants of the times given in the chosen zone, with a slug from the title, and audits it', async () => {
    const title = `Berlin briefing ${uniqueSuffix()}`;
    const { id, slug } = await created(admin, {
      title,
      timeZone: 'Europe/Berlin',
      startsAt: '2027-03-29T10:00',
      endsAt: '2027-03-29T11:30',
      regions: ['europe'],
    });
    expect(slug).toMatch(/^berlin-briefing-/);
    const row = await db.event.findUniqueOrThrow({ where: { id }, include: { regions: true } });
    expect(row).toMatchObject({
      title,
      startsAt: new Date('2027-03-29T08:00:00Z'),
      endsAt: new Date('2027-03-29T09:30:00Z'),
      timeZone: 'Europe/Berlin',
      status: 'SCHEDULED',
      sequence: 0,
      createdById: admin.id,
    });
    expect(row.regions.map((region) => region.slug)).toEqual(['europe']);
    expect(await auditOf(id)).toMatchObject([
      {
        action: 'event.create',
        actorId: admin.id,
        ip: '192.0.2.9',
        after: { title, startsAt: '2027-03-29T08:00:00.000Z', timeZone: 'Europe/Berlin', sequence: 0 },
      },
    ]);
    // The form starts again from the organiser's own wall-clock times.
    expect(dataOf(await getEventForEditing(admin, id))?.values).toMatchObject({
      startsAt: '2027-03-29T10:00',
      endsAt: '2027-03-29T11:30',
      timeZone: 'Europe/Berlin',
    });
    // The same title again gets a slug of its own.
    const second = await created(admin, { title, regions: ['europe'] });
    expect(second.slug).toBe(`${slug}-2`);
  });

  it('refuses an end before the start, a skipped time and a missing place beside their fields, all at once, and writes nothing', async () => {
    const before = await snapshot();
    expect(
      await createEvent(admin, eventForm({ startsAt: '2027-03-29T12:00', endsAt: '2027-03-29T11:00' }), meta),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { endsAt: ['endsBeforeStart'] } });
    expect(
      await createEvent(admin, eventForm({ startsAt: '2027-03-29T12:00', endsAt: '2027-03-29T12:00' }), meta),
    ).toMatchObject({ fieldErrors: { endsAt: ['endsBeforeStart'] } });
    const many = await createEvent(
      admin,
      eventForm({
        title: '',
        timeZone: 'Europe/Berlin',
        startsAt: '2027-03-28T02:30',
        endsAt: '2027-03-28T04:00',
        location: '',
        onlineUrl: '',
      }),
      meta,
    );
    expect(many).toMatchObject({
      ok: false,
      fieldErrors: { title: ['titleRequired'], startsAt: ['startsAtInGap'], location: ['placeRequired'] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('treats hostile input as such: zones, dates, links, regions and campaigns that are not what they claim', async () => {
    const before = await snapshot();
    const refusedField = async (extra: Record<string, unknown>, field: string, key: string) =>
      expect(await createEvent(admin, eventForm(extra), meta), `${field}: ${JSON.stringify(extra)}`).toMatchObject({
        ok: false,
        fieldErrors: { [field]: [key] },
      });
    await refusedField({ timeZone: '+03:00' }, 'timeZone', 'timeZoneUnknown');
    await refusedField({ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'timeZoneUnknown');
    await refusedField({ timeZone: '../../etc/passwd' }, 'timeZone', 'timeZoneUnknown');
    await refusedField({ startsAt: '2027-02-30T10:00' }, 'startsAt', 'startsAtInvalid');
    await refusedField({ startsAt: '99999-01-01T10:00' }, 'startsAt', 'startsAtInvalid');
    await refusedField({ endsAt: '2150-01-01T10:00' }, 'endsAt', 'endsAtOutOfRange');
    await refusedField({ startsAt: ['2027-03-29T10:00'] }, 'startsAt', 'startsAtRequired');
    await refusedField({ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'websiteInvalid');
    await refusedField({ onlineUrl: 'ftp://example.org/x' }, 'onlineUrl', 'websiteInvalid');
    await refusedField({ location: 'x'.repeat(301) }, 'location', 'locationTooLong');
    await refusedField({ title: 'x'.repeat(201) }, 'title', 'titleTooLong');
    await refusedField({ description: 'x'.repeat(20_001) }, 'description', 'descriptionTooLong');
    await refusedField({ regions: ['atlantis'] }, 'regions', 'regionUnknown');
    await refusedField({ campaign: 'no-such-campaign' }, 'campaign', 'campaignUnknown');
    await refusedField({ campaign: "x'; DROP TABLE" }, 'campaign', 'campaignUnknown');
    const archived = await createCampaign(db, { title: `Archived ${uniqueSuffix()}`, status: 'ARCHIVED' });
    expect(await createEvent(admin, eventForm({ campaign: archived.slug }), meta)).toMatchObject({
      status: 403,
      fieldErrors: { campaign: ['campaignNotYours'] },
    });
    const africanCampaign = await createCampaign(db, { title: `Sahel ${uniqueSuffix()}`, regions: ['africa'] });
    expect(await createEvent(americasCoordinator, eventForm({ campaign: africanCampaign.slug }), meta)).toMatchObject({
      status: 403,
      fieldErrors: { campaign: ['campaignNotYours'] },
    });
    expect(await snapshot()).toEqual(before);
    // A link without its scheme is read as https, as everywhere in the portal.
    const { id } = await created(admin, { location: '', onlineUrl: 'example.org/call' });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).onlineUrl).toBe('https://example.org/call');
  });

  it('refuses visitors (401), members (403) and a coordinator outside the chosen regions (403), and writes nothing', async () => {
    const before = await snapshot();
    expect(await createEvent(null, eventForm(), meta)).toMatchObject({ ok: false, status: 401 });
    expect(await createEvent(member, eventForm(), meta)).toMatchObject({ ok: false, status: 403 });
    expect(await createEvent(africaCoordinator, eventForm(), meta)).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { regions: ['regionsNotYours'] },
    });
    // The coalition's own events (no region) are for admins and unscoped coordinators only.
    expect(await createEvent(africaCoordinator, eventForm({ regions: [] }), meta)).toMatchObject({ status: 403 });
    expect(await snapshot()).toEqual(before);
    await created(americasCoordinator);
  });
});

describe('changing an event', () => {
  it('raises the sequence with each change calendars show and audits it; regions alone do not raise it', async () => {
    const { id } = await created(americasCoordinator);
    const form = eventForm({
      eventId: id,
      title: `Moved meeting ${uniqueSuffix()}`,
      startsAt: '2027-03-29T15:00',
      endsAt: '2027-03-29T17:00',
    });
    expect(await updateEvent(americasCoordinator, form, meta)).toMatchObject({
      ok: true,
      message: 'saved',
      data: { sequence: 1 },
    });
    const row = await db.event.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: form.title, startsAt: new Date('2027-03-29T20:00:00Z'), sequence: 1 });
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: 'event.update',
      actorId: americasCoordinator.id,
      before: { startsAt: '2027-03-29T15:00:00.000Z', sequence: 0 },
      after: { title: form.title, startsAt: '2027-03-29T20:00:00.000Z', sequence: 1 },
    });
    // The same instants in another zone still change what calendars show (the zone they name).
    expect(
      await updateEvent(
        americasCoordinator,
        { ...form, timeZone: 'America/Bogota', startsAt: '2027-03-29T15:00', endsAt: '2027-03-29T17:00' },
        meta,
      ),
    ).toMatchObject({ ok: true, message: 'saved', data: { sequence: 2 } });
    expect(await updateEvent(americasCoordinator, { ...form, timeZone: 'America/Bogota' }, meta)).toMatchObject({
      ok: true,
      message: 'noChanges',
      data: { sequence: 2 },
    });
    expect(
      await updateEvent(admin, { ...form, timeZone: 'America/Bogota', regions: ['americas', 'europe'] }, meta),
    ).toMatchObject({ ok: true, message: 'saved', data: { sequence: 2 } });
    // Now partly in Europe: no longer the Americas coordinator's alone.
    expect(await updateEvent(americasCoordinator, { ...form, timeZone: 'America/Bogota' }, meta)).toMatchObject({
      status: 403,
    });
    expect(await getEventForEditing(americasCoordinator, id)).toMatchObject({ ok: false, status: 404 });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).timeZone).toBe('America/Bogota');
  });

  it('refuses a coordinator of another region, members and visitors, and changes nothing', async () => {
    const { id } = await created(americasCoordinator);
    const before = await snapshot();
    const form = eventForm({ eventId: id, title: 'Taken over' });
    expect(await updateEvent(africaCoordinator, form, meta)).toMatchObject({ ok: false, status: 403 });
    expect(await updateEvent(africaCoordinator, { ...form, regions: ['africa'] }, meta)).toMatchObject({ status: 403 });
    expect(await updateEvent(member, form, meta)).toMatchObject({ status: 403 });
    expect(await updateEvent(null, form, meta)).toMatchObject({ status: 401 });
    expect(await cancelEvent(africaCoordinator, { eventId: id }, meta)).toMatchObject({ status: 403 });
    expect(await updateEvent(admin, { ...form, eventId: 'nosuchevent0000' }, meta)).toMatchObject({ status: 404 });
    expect(await updateEvent(admin, { ...form, eventId: 'no-such-event' }, meta)).toMatchObject({
      status: 400,
      fieldErrors: { eventId: ['notFound'] },
    });
    expect(await updateEvent(admin, { ...form, eventId: 'nul\u0000' }, meta)).toMatchObject({ status: 400 });
    expect(await snapshot()).toEqual(before);
    expect(await getEventForEditing(africaCoordinator, id)).toMatchObject({ ok: false, status: 404 });
    expect(await getEventForEditing(member, id)).toMatchObject({ ok: false, status: 403 });
  });

  it('cancels an event once (sequence up, audited), keeps it listed, and puts it back on', async () => {
    const { id, slug } = await created(americasCoordinator);
    expect(await cancelEvent(americasCoordinator, { eventId: id }, meta)).toMatchObject({
      ok: true,
      message: 'cancelled',
      data: { id, slug },
    });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: 'event.cancel',
      before: { status: 'SCHEDULED', sequence: 0 },
      after: { status: 'CANCELLED', sequence: 1 },
    });
    expect(await cancelEvent(americasCoordinator, { eventId: id }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'alreadyCancelled',
    });
    expect(dataOf(await getEvent(null, slug))?.status).toBe('CANCELLED');
    expect(await reinstateEvent(americasCoordinator, { eventId: id }, meta)).toMatchObject({ ok: true });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SCHEDULED', sequence: 2 });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      'event.create',
      'event.cancel',
      'event.reinstate',
    ]);
  });
});

// ─── Reads ───────────────────────────────────────────────────────────────────

describe('the events lists', () => {
  it('lists events that have not ended, soonest first, by region, with past ones left out', async () => {
    // Events of their own far in the future, seen from a "now" just before them.
    const now = new Date('2091-06-01T00:00:00Z');
    const at = (iso: string) => new Date(iso);
    const tag = uniqueSuffix();
    await createEventRow(db, {
      title: `Past ${tag}`,
      startsAt: at('2091-05-30T10:00Z'),
      endsAt: at('2091-05-31T10:00Z'),
    });
    const running = await createEventRow(db, {
      title: `Running ${tag}`,
      startsAt: at('2091-05-31T10:00Z'),
      endsAt: at('2091-06-01T10:00Z'),
      regions: ['africa'],
    });
    const later = await createEventRow(db, {
      title: `Later ${tag}`,
      startsAt: at('2091-06-20T10:00Z'),
      regions: ['americas'],
      status: 'CANCELLED',
    });
    const sooner = await createEventRow(db, {
      title: `Sooner ${tag}`,
      startsAt: at('2091-06-10T10:00Z'),
      regions: ['americas', 'africa'],
    });
    const mine = (items: { slug: string }[]) => items.map((item) => item.slug);
    const all = await listUpcomingEvents(null, { page: 1 }, now);
    expect(mine(all.items)).toEqual([running.slug, sooner.slug, later.slug]);
    expect(all.items[2]).toMatchObject({ status: 'CANCELLED' });
    expect(mine((await listUpcomingEvents(null, { region: 'americas', page: 1 }, now)).items)).toEqual([
      sooner.slug,
      later.slug,
    ]);
    expect(mine((await listUpcomingEvents(null, { region: 'europe', page: 1 }, now)).items)).toEqual([]);
    const managed = dataOf(await listManagedEvents(africaCoordinator, { when: 'upcoming', page: 1 }, now))!;
    expect(mine(managed.items)).toEqual([running.slug, sooner.slug]);
    // Partly in the Americas: listed for Africa's coordinator, not theirs to change.
    expect(managed.items.map((item) => item.editable)).toEqual([true, false]);
    expect(await listManagedEvents(member, { when: 'upcoming', page: 1 }, now)).toMatchObject({ status: 403 });
  });

  it('names a draft campaign to staff only, a running one to everyone', async () => {
    const draft = await createCampaign(db, { title: `Secret plans ${uniqueSuffix()}`, status: 'DRAFT' });
    const running = await createCampaign(db, { title: `Open call ${uniqueSuffix()}`, status: 'ACTIVE' });
    const ofDraft = await createEventRow(db, { title: `Launch ${uniqueSuffix()}`, campaignId: draft.id });
    const ofRunning = await createEventRow(db, { title: `Vigil ${uniqueSuffix()}`, campaignId: running.id });
    expect(dataOf(await getEvent(null, ofDraft.slug))).toMatchObject({ campaign: null });
    expect(dataOf(await getEvent(member, ofDraft.slug))).toMatchObject({ campaign: null });
    expect(dataOf(await getEvent(admin, ofDraft.slug))).toMatchObject({ campaign: { slug: draft.slug } });
    expect(dataOf(await getEvent(null, ofRunning.slug))).toMatchObject({
      campaign: { slug: running.slug, title: running.title },
    });
    const listed = (await listUpcomingEvents(null, { page: 1 })).items;
    expect(JSON.stringify(listed)).not.toContain(draft.slug);
    expect(JSON.stringify(listed)).not.toContain(draft.title);
    // Its feed is not there for visitors either.
    expect(await getEventFeed(null, { campaign: draft.slug })).toMatchObject({ ok: false, status: 404 });
    expect(dataOf(await getEventFeed(null, { campaign: running.slug }))?.events.map((event) => event.id)).toEqual([
      ofRunning.id,
    ]);
    expect(await getEvent(null, 'no-such-event')).toMatchObject({ ok: false, status: 404 });
    expect(await getEvent(null, '../etc')).toMatchObject({ ok: false, status: 404 });
  });

  it('keeps events of the last 90 days in the feeds, and answers 404 for an unknown region or campaign', async () => {
    const day = 24 * 3_600_000;
    const recent = await createEventRow(db, {
      title: `Recent ${uniqueSuffix()}`,
      startsAt: new Date(Date.now() - 30 * day),
      regions: ['asia-pacific'],
    });
    const old = await createEventRow(db, {
      title: `Old ${uniqueSuffix()}`,
      startsAt: new Date(Date.now() - 120 * day),
      regions: ['asia-pacific'],
    });
    const feed = dataOf(await getEventFeed(null, { region: 'asia-pacific' }))!;
    expect(feed.title).toEqual({ kind: 'region', name: 'Asia-Pacific' });
    expect(feed.events.map((event) => event.id)).toContain(recent.id);
    expect(feed.events.map((event) => event.id)).not.toContain(old.id);
    expect(dataOf(await getEventFeed(null, { event: old.slug }))?.events.map((event) => event.id)).toEqual([old.id]);
    expect(await getEventFeed(null, { region: 'atlantis' })).toMatchObject({ status: 404 });
    expect(await getEventFeed(null, { campaign: 'no-such-campaign' })).toMatchObject({ status: 404 });
  });
});

// ─── iCal ────────────────────────────────────────────────────────────────────

/** One calendar's text as ical.js reads it (its parser types its answer `any`). */
const calendarOf = (text: string) => ICAL.Component.fromString(text);

/** The feed's text, parsed back: its events by UID, with their times read through its VTIMEZONEs. */
function parseCalendar(text: string) {
  const calendar = calendarOf(text);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: vevent.getFirstPropertyValue('url'),
      tzid: dtstart.getParameter('tzid'),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      propertyNames: vevent.getAllProperties().map((property) => property.name),
    };
  });
  return { calendar, events };
}

const feedOf = async (slug: string) => eventCalendar(dataOf(await getEventFeed(null, { event: slug }))!);

describe('the iCal feeds', () => {
  it('carry a stable UID, the sequence, the status, the zone and the page, through a change and a cancellation', async () => {
    const { id, slug } = await created(admin, {
      timeZone: 'Africa/Nairobi',
      startsAt: '2027-03-29T10:00',
      endsAt: '2027-03-29T12:30',
      regions: ['africa'],
    });
    const first = parseCalendar(await feedOf(slug));
    expect(first.events).toHaveLength(1);
    const [entry] = first.events;
    expect(entry).toMatchObject({
      uid: `${id}@localhost`,
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'Africa/Nairobi',
      start: new Date('2027-03-29T07:00:00Z'),
      end: new Date('2027-03-29T09:30:00Z'),
      location: 'Av. Arequipa 1234, Lima',
      url: `http://localhost:3000/events/${slug}`,
    });
    expect(first.calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'Africa/Nairobi',
    ]);
    expect(first.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');

    const moved = eventForm({
      eventId: id,
      timeZone: 'America/Lima',
      startsAt: '2027-03-29T09:00',
      endsAt: '2027-03-29T11:00',
      regions: ['africa'],
    });
    expect(await updateEvent(admin, moved, meta)).toMatchObject({ ok: true, message: 'saved' });
    const second = parseCalendar(await feedOf(slug)).events[0];
    expect(second).toMatchObject({
      uid: entry!.uid,
      sequence: 1,
      tzid: 'America/Lima',
      start: new Date('2027-03-29T14:00:00Z'),
      status: 'CONFIRMED',
    });

    await cancelEvent(admin, { eventId: id }, meta);
    const third = parseCalendar(await feedOf(slug)).events[0];
    expect(third).toMatchObject({ uid: entry!.uid, sequence: 2, status: 'CANCELLED' });
    // Still in the region's feed, cancelled, so subscribers' calendars strike it out.
    const regionFeed = parseCalendar(await eventCalendar(dataOf(await getEventFeed(null, { region: 'africa' }))!));
    expect(regionFeed.events.find((event) => event.uid === entry!.uid)).toMatchObject({ status: 'CANCELLED' });
    expect(regionFeed.calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Coalition for Civilian Protection: events in Africa',
    );
  });

  it('keeps a title, a description and a place to their own properties, whatever they hold', async () => {
    const event = await createEventRow(db, {
      title: `Injected\r\nATTENDEE:mailto:x@example.org ${uniqueSuffix()}`,
      description: 'Line one;\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged, with commas\\n and \\; escapes',
      location: 'Room 1;\nDTSTART:19990101T000000Z',
      timeZone: 'Europe/Berlin',
      startsAt: new Date('2027-06-01T16:00:00Z'),
    });
    const { calendar, events } = parseCalendar(await feedOf(event.slug));
    expect(events).toHaveLength(1);
    const [entry] = events;
    expect(entry!.uid).toBe(`${event.id}@localhost`);
    // Line breaks are kept as the text's own (\\n), inside the one SUMMARY.
    expect(entry!.summary).toBe(event.title.replace(/\r\n/g, '\n'));
    expect(entry!.description).toContain(
      'Line one;\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged, with commas\\n and \\; escapes',
    );
    expect(entry!.location).toBe('Room 1;\nDTSTART:19990101T000000Z');
    expect(entry!.start).toEqual(event.startsAt);
    expect(entry!.propertyNames.filter((name) => name === 'dtstart' || name === 'uid')).toEqual(['uid', 'dtstart']);
    expect(entry!.propertyNames).not.toContain('attendee');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    // A calendar named after a campaign whose title holds a line break and separators stays one property.
    const text = await eventCalendar({ title: { kind: 'campaign', name: 'Stop;\r\nMETHOD:CANCEL, now' }, events: [] });
    const named = calendarOf(text);
    expect(named.getAllProperties('method').map((property) => property.getFirstValue())).toEqual(['PUBLISH']);
    expect(named.getFirstPropertyValue('x-wr-calname')).toBe(
      'Coalition for Civilian Protection: Stop; METHOD:CANCEL, now',
    );
  });

  it('writes UTC times for an event in UTC, and online events with their link', async () => {
    const event = await createEventRow(db, {
      title: `Online call ${uniqueSuffix()}`,
      startsAt: new Date('2027-05-04T13:00:00Z'),
      onlineUrl: 'https://example.org/call',
    });
    const text = await feedOf(event.slug);
    expect(text).toContain('DTSTART:20270504T130000Z');
    const [entry] = parseCalendar(text).events;
    expect(entry?.tzid).toBeUndefined();
    expect(entry).toMatchObject({ start: new Date('2027-05-04T13:00:00Z'), location: 'https://example.org/call' });
    expect(entry!.description).toContain('https://example.org/call');
  });
});
