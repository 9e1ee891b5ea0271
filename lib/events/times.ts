// An event's times: the organiser gives a wall-clock time (an <input type="datetime-local"> value)
// in a time zone they choose; the database keeps the instant, and the zone to show it in. The
// conversion is Temporal's (temporal-polyfill until Node and every browser have it), never hand
// arithmetic: it knows every zone's offsets and daylight-saving rules (docs/decisions/021-event-times.md).
// Used by the form's schema in the browser as well as on the server, so nothing here is server-only.
import { Temporal } from 'temporal-polyfill';

/** What <input type="datetime-local"> sends: "2027-03-29T10:00", seconds optional. */
const wallClockPattern = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** The years an event may be in: enough for the archive and for planning, nothing absurd. */
export const eventYears = { min: 2000, max: 2100 } as const;

/** The coalition's default zone for a new event when the organiser has made none before. */
export const defaultTimeZone = 'UTC';

/**
 * An IANA time zone name as the form sends it ("Africa/Nairobi", "America/Argentina/Salta", "UTC"),
 * in the spelling Temporal gives it ("europe/berlin" reads "Europe/Berlin"); null when it is not
 * one. Fixed offsets ("+03:00") are not zones: they know nothing of daylight-saving time.
 */
export function timeZoneOf(name: string): string | null {
  if (name.length > 64 || !/^(?:UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(name)) return null;
  try {
    return Temporal.Now.zonedDateTimeISO(name).timeZoneId;
  } catch {
    return null;
  }
}

/** Why a wall-clock time gives no instant: not a time, outside `eventYears`, or skipped by the clocks. */
export type WallClockProblem = 'invalid' | 'outOfRange' | 'inGap';

/**
 * The instant a wall-clock time in `timeZone` stands for. A time the clocks skip (02:30 on the
 * night summer time starts in Berlin) is refused: moving it silently would put the event at a
 * time the organiser did not write. A time that happens twice (the night summer time ends) is
 * the first of the two, as RFC 5545 reads such a time in a calendar.
 */
export function instantOf(wallClock: string, timeZone: string): { instant: Date } | { problem: WallClockProblem } {
  const match = wallClockPattern.exec(wallClock);
  if (!match) return { problem: 'invalid' };
  const year = Number(match[1]);
  if (year < eventYears.min || year > eventYears.max) return { problem: 'outOfRange' };
  let local: Temporal.PlainDateTime;
  try {
    // 'reject': 2027-02-30 is not a day (rather than 28 February).
    local = Temporal.PlainDateTime.from(wallClock, { overflow: 'reject' });
  } catch {
    return { problem: 'invalid' };
  }
  const zoned = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  // In a gap Temporal moves the time; the time it lands on is not the one written.
  if (!zoned.toPlainDateTime().equals(local)) return { problem: 'inGap' };
  return { instant: new Date(zoned.epochMilliseconds) };
}

const zonedOf = (instant: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);

/** An instant as the form shows it again: the wall-clock time in `timeZone`, to the minute. */
export function wallClockOf(instant: Date, timeZone: string): string {
  return zonedOf(instant, timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/** The zone's offset from UTC at that instant, as people write it: "UTC+03:00", "UTC−05:00", "UTC". */
export function utcOffsetOf(instant: Date, timeZone: string): string {
  const offset = zonedOf(instant, timeZone).offset;
  if (offset === '+00:00') return 'UTC';
  return `UTC${offset.replace('-', '\u2212')}`;
}

/** The instant as a Temporal date-time in `timeZone`, for the iCal writer (lib/events/ical.ts). */
export function zonedDateTimeOf(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  return zonedOf(instant, timeZone);
}

/**
 * The zones the form offers: every IANA zone this runtime knows (Intl.supportedValuesOf), with UTC
 * first. Node's list uses the names of its ICU data, some of them old spellings (Asia/Calcutta,
 * Europe/Kiev); any name Temporal knows is accepted all the same.
 */
export function timeZoneChoices(): string[] {
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone !== defaultTimeZone);
  return [defaultTimeZone, ...zones.sort((a, b) => a.localeCompare(b, 'en'))];
}
