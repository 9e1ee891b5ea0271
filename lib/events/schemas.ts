// The event form (/manage/events) and the events list's filters. Error messages are keys of the
// `events.errors` catalogue (shared ones of `errors.fields`). The times are the organiser's
// wall-clock in the zone they chose; the schema turns them into instants (lib/events/times.ts).
import { z } from 'zod';
import { optionalWebsiteSchema, recordIdSchema, regionSlugsSchema, slugPattern } from '@/lib/forms/fields';
import { instantOf, timeZoneOf, type WallClockProblem } from './times';

export const titleMaxLength = 200;
export const descriptionMaxLength = 20_000;
export const locationMaxLength = 300;

/**
 * One line, spaces collapsed, with letters or digits. One message at a time, without zod's `abort`
 * (an aborted field would keep the checks across fields below from running).
 */
const titleSchema = z
  .string({ error: 'titleRequired' })
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .superRefine((title, context) => {
    const problem = !title
      ? 'titleRequired'
      : title.length > titleMaxLength
        ? 'titleTooLong'
        : /[\p{L}\p{N}]/u.test(title)
          ? null
          : 'titleInvalid';
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** Markdown; line breaks as the browser may send them (CRLF) read as one kind. */
const descriptionSchema = z
  .string()
  .default('')
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(descriptionMaxLength, { error: 'descriptionTooLong' }));

/** A postal place on one line (spaces and line breaks collapsed); empty is none. */
const locationSchema = z
  .string()
  .default('')
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(z.string().max(locationMaxLength, { error: 'locationTooLong' }))
  .transform((text) => text || null);

/** A wall-clock time as <input type="datetime-local"> sends it; checked against the zone below. */
const wallClockSchema = (required: string) => z.string({ error: required }).trim().min(1, { error: required });

/** An optional campaign, by slug; empty is none. Whether it exists and may be chosen is the write's to check. */
const campaignSlugSchema = z
  .string()
  .trim()
  .default('')
  .refine((slug) => slug === '' || (slug.length <= 120 && slugPattern.test(slug)), { error: 'campaignUnknown' })
  .transform((slug) => slug || null);

const problemKeys = {
  startsAt: { invalid: 'startsAtInvalid', outOfRange: 'startsAtOutOfRange', inGap: 'startsAtInGap' },
  endsAt: { invalid: 'endsAtInvalid', outOfRange: 'endsAtOutOfRange', inGap: 'endsAtInGap' },
} as const satisfies Record<string, Record<WallClockProblem, string>>;

/** The fields of an event, each checked on its own. */
const eventFields = z.object({
  title: titleSchema,
  description: descriptionSchema,
  startsAt: wallClockSchema('startsAtRequired'),
  endsAt: wallClockSchema('endsAtRequired'),
  timeZone: z
    .string({ error: 'timeZoneRequired' })
    .trim()
    .transform((name, context) => {
      const zone = timeZoneOf(name);
      if (zone) return zone;
      context.addIssue({ code: 'custom', message: name ? 'timeZoneUnknown' : 'timeZoneRequired' });
      return z.NEVER;
    }),
  location: locationSchema,
  onlineUrl: optionalWebsiteSchema,
  regions: regionSlugsSchema,
  campaign: campaignSlugSchema,
});

type EventFields = z.output<typeof eventFields>;

/** Both times as instants in the event's zone, when the zone and both times are readable. */
function instantsOf(values: Partial<Record<keyof EventFields, unknown>>) {
  const zone = typeof values.timeZone === 'string' ? timeZoneOf(values.timeZone) : null;
  if (!zone || typeof values.startsAt !== 'string' || typeof values.endsAt !== 'string') return null;
  return { start: instantOf(values.startsAt, zone), end: instantOf(values.endsAt, zone) };
}

/**
 * Every field of an event, as the form sends them; the output carries the two instants. What
 * depends on several fields is checked even when another field is wrong (`when`), so the form
 * shows every problem at once: each time against the zone (a time the clocks skip is refused), the
 * end after the start (beside the end), and a place or an online link (beside the place).
 */
export const eventSchema = eventFields
  .superRefine(
    (values, context) => {
      const times = instantsOf(values);
      if (times && 'problem' in times.start) {
        context.addIssue({ code: 'custom', path: ['startsAt'], message: problemKeys.startsAt[times.start.problem] });
      }
      if (times && 'problem' in times.end) {
        context.addIssue({ code: 'custom', path: ['endsAt'], message: problemKeys.endsAt[times.end.problem] });
      }
      if (times && 'instant' in times.start && 'instant' in times.end && times.end.instant <= times.start.instant) {
        context.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsBeforeStart' });
      }
      if (!values.location && !values.onlineUrl) {
        context.addIssue({ code: 'custom', path: ['location'], message: 'placeRequired' });
      }
    },
    { when: () => true },
  )
  .transform((values) => {
    // Only reached when every check above passed: both times are instants.
    const times = instantsOf(values);
    if (!times || !('instant' in times.start) || !('instant' in times.end)) return z.NEVER;
    return { ...values, startsAt: times.start.instant, endsAt: times.end.instant };
  });

export type EventInput = z.input<typeof eventSchema>;
export type EventValues = z.output<typeof eventSchema>;

/** A new event's form: empty, in the zone the organiser used last (or UTC). */
export function emptyEvent(timeZone: string) {
  return {
    title: '',
    description: '',
    startsAt: '',
    endsAt: '',
    timeZone,
    location: '',
    onlineUrl: '',
    regions: [],
    campaign: '',
  } satisfies EventInput;
}

/** The form's list fields (checkbox groups), for formAction. */
export const eventListFields = ['regions'] as const;

/** An existing event's form: the same fields and its id (a hidden field). */
export const eventEditSchema = z.intersection(z.object({ eventId: recordIdSchema }), eventSchema);

/** Cancelling an event, or putting a cancelled one back on: which one (a hidden field). */
export const eventStatusSchema = z.object({ eventId: recordIdSchema });
