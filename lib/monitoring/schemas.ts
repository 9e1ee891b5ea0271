// The monitoring entry form (/manage/monitoring): a country, a day, a level, a short text, its
// sources and the publications and campaigns it concerns. Error messages are keys of the
// `monitoring.errors` catalogue. Shared with the browser (react-hook-form checks the same schema).
import { z } from 'zod';
import { MonitoringLevel } from '@/lib/generated/prisma/enums';
import {
  countryCodeSchema,
  isRealDate,
  linesSchema,
  normalisedText,
  recordIdSchema,
  slugPattern,
  visibilitySchema,
} from '@/lib/forms/fields';

/** From least to most worrying, as the form offers them and the badges colour them. */
export const monitoringLevels = Object.values(MonitoringLevel);

export const summaryMaxLength = 1_000;
export const sourcesMax = 10;
export const linksMax = 10;

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** The day an entry is about: a real calendar day, not after tomorrow (time zones differ by a day). */
const observedOnSchema = z
  .string({ error: 'observedOnRequired' })
  .trim()
  .min(1, { error: 'observedOnRequired' })
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(`${text}T00:00:00Z`, text), {
    error: 'observedOnInvalid',
  })
  .transform((text) => new Date(`${text}T00:00:00Z`))
  .refine((day) => day.getTime() <= Date.now() + 86_400_000 && day.getUTCFullYear() >= 1945, {
    error: 'observedOnOutOfRange',
  });

/** What happened, in a few sentences (plain text: shown as written, never as HTML). */
const summarySchema = z
  .string({ error: 'summaryRequired' })
  .pipe(normalisedText(summaryMaxLength, 'summaryTooLong'))
  .refine((text) => /[\p{L}\p{N}]/u.test(text), { error: 'summaryRequired' });

/** Web addresses of the sources, one per line; only http(s) addresses on a domain. */
const sourcesSchema = z
  .string()
  .default('')
  .pipe(linesSchema({ maxLength: 500, maxLines: sourcesMax, tooLong: 'sourceInvalid', tooMany: 'tooManySources' }))
  .refine((lines) => lines.every((line) => httpUrl.safeParse(line).success), { error: 'sourceInvalid' });

/**
 * Records of this portal named one per line, by their address (https://…/library/a-report, or
 * /library/a-report) or their slug: the slugs, in order, repeats dropped. Whether they exist is the
 * write's to check.
 */
function recordLinksSchema(section: 'library' | 'campaigns', invalid: string, tooMany: string) {
  const addressed = new RegExp(`^(?:https?://[^/]+)?/${section}/([a-z0-9]+(?:-[a-z0-9]+)*)/?(?:[?#].*)?$`);
  return z
    .string()
    .default('')
    .pipe(linesSchema({ maxLength: 500, maxLines: linksMax, tooLong: invalid, tooMany }))
    .transform((lines, context) => {
      const slugs = lines.map((line) => (slugPattern.test(line) ? line : (addressed.exec(line)?.[1] ?? null)));
      if (slugs.some((slug) => slug === null)) {
        context.addIssue({ code: 'custom', message: invalid });
        return z.NEVER;
      }
      return [...new Set(slugs as string[])];
    });
}

export const monitoringEntrySchema = z.object({
  country: countryCodeSchema,
  observedOn: observedOnSchema,
  level: z.enum(MonitoringLevel, { error: 'levelRequired' }),
  summary: summarySchema,
  sources: sourcesSchema,
  publications: recordLinksSchema('library', 'publicationInvalid', 'tooManyPublications'),
  campaigns: recordLinksSchema('campaigns', 'campaignInvalid', 'tooManyCampaigns'),
  visibility: visibilitySchema,
});

export type MonitoringEntryInput = z.input<typeof monitoringEntrySchema>;
export type MonitoringEntryValues = z.output<typeof monitoringEntrySchema>;

/** The same form for an existing entry, named by a hidden field. */
export const monitoringEntryEditSchema = monitoringEntrySchema.extend({ entryId: recordIdSchema });

/** Removing an entry: its id and the box that says the remover means it. */
export const monitoringEntryRemoveSchema = z.object({
  entryId: recordIdSchema,
  confirm: z.literal('yes', { error: 'confirmRequired' }),
});

/** A new entry's form: today, the lowest level, public. */
export function emptyMonitoringEntry(today = new Date()): MonitoringEntryInput {
  return {
    country: '',
    observedOn: today.toISOString().slice(0, 10),
    level: 'WATCH',
    summary: '',
    sources: '',
    publications: '',
    campaigns: '',
    visibility: 'PUBLIC',
  };
}
