// Field schemas that several forms share, so a web address, a country or a theme means the same on
// /join, on an organisation's profile and in people administration. Their messages are keys of the
// shared `errors.fields` catalogue (a form's own catalogue may word them differently).
import { z } from 'zod';
import { Visibility } from '@/lib/generated/prisma/enums';

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/**
 * An optional web address: "example.org/about" is read as https://example.org/about; only http(s)
 * addresses on a domain pass (no `javascript:`); empty is null. Messages: websiteTooLong, websiteInvalid.
 */
export const optionalWebsiteSchema = z
  .string()
  .trim()
  .max(300, { error: 'websiteTooLong' })
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => value === '' || httpUrl.safeParse(value).success, { error: 'websiteInvalid' })
  .transform((value) => value || null);

/**
 * An optional email address, such as an organisation's general one: lower-cased; empty is null.
 * Message: emailInvalid.
 */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'emailInvalid' })
  .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'emailInvalid' })
  .transform((value) => value || null);

/**
 * The database's own ids (cuid): lowercase letters and digits. Anything else names no record, and
 * never reaches a query (PostgreSQL refuses a NUL byte with an error, not an empty answer).
 */
export const recordIdPattern = /^[a-z0-9]{1,40}$/;

export const isRecordId = (value: string) => recordIdPattern.test(value);

/** A record named in a hidden field of a form. Message: notFound. */
export const recordIdSchema = z.string().trim().regex(recordIdPattern, { error: 'notFound' });

/** Who sees something: everyone, or signed-in members only (the Visibility enum, in its order). */
export const visibilities = Object.values(Visibility);

/** A choice of who sees something. Message: visibilityRequired. */
export const visibilitySchema = z.enum(Visibility, { error: 'visibilityRequired' });

/** A slug as the portal writes them: lower-case letters and digits in hyphenated runs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A checkbox group: nothing ticked (absent or false, as react-hook-form gives one lone box, or the
 * browser sends no value at all), one value, or many; repeats are dropped.
 */
export const checkboxList = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (value): unknown[] =>
      value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value],
    z.array(item).transform((values) => [...new Set(values)]),
  );

/** An ISO 3166-1 alpha-2 country code ("ke" reads as "KE"). Whether it exists is checked by the write. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'countryUnknown' });

/** Ticked countries: at most every country once. */
export const countryCodesSchema = checkboxList(countryCodeSchema).pipe(
  z.array(z.string()).max(300, { error: 'countryUnknown' }),
);

/** A region's slug. Whether it exists is checked by the write. */
export const regionSlugSchema = z.string().trim().max(120, { error: 'regionUnknown' }).regex(slugPattern, {
  error: 'regionUnknown',
});

/** Ticked regions. */
export const regionSlugsSchema = checkboxList(regionSlugSchema).pipe(
  z.array(z.string()).max(20, { error: 'regionUnknown' }),
);

/** A theme of the managed vocabulary (the Theme table), by slug. Whether it exists is checked by the write. */
export const themeSlugSchema = z.string().trim().max(120, { error: 'themeUnknown' }).regex(slugPattern, {
  error: 'themeUnknown',
});

/** How many themes one organisation, application or publication may carry. */
export const themesMax = 12;

/** Ticked themes. */
export const themeSlugsSchema = checkboxList(themeSlugSchema).pipe(
  z.array(z.string()).max(themesMax, { error: 'tooManyThemes' }),
);

// ─── Text and dates ──────────────────────────────────────────────────────────

/** Line breaks as the browser may send them (CRLF) read as one kind, so lengths and diffs are honest. */
export const normalisedText = (max: number, tooLong: string) =>
  z
    .string()
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, { error: tooLong }));

/** One line: spaces and line breaks collapsed. */
export const oneLine = (max: number, tooLong: string) =>
  z
    .string()
    .transform((text) => text.replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, { error: tooLong }));

/**
 * A required line (a title, a call to action): spaces collapsed, at least one letter or digit, at
 * most `max` characters, with the form's own message keys.
 */
export const requiredLine = (max: number, keys: { required: string; tooLong: string; invalid: string }) =>
  z
    .string({ error: keys.required })
    .transform((text) => text.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: keys.required, abort: true })
        .max(max, { error: keys.tooLong })
        .regex(/[\p{L}\p{N}]/u, { error: keys.invalid }),
    );

/**
 * A list typed one item per line (authors, who a campaign asks): each line's spaces collapsed,
 * empty lines dropped, at most `maxLines` lines of at most `maxLength` characters each.
 */
export const linesSchema = (limits: { maxLength: number; maxLines: number; tooLong: string; tooMany: string }) =>
  z
    .string()
    .transform((text) =>
      text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(limits.maxLength, { error: limits.tooLong }))
        .max(limits.maxLines, { error: limits.tooMany }),
    );

/** A calendar date (the <input type="date"> value); empty is none. */
export const optionalDateSchema = z
  .string()
  .trim()
  .refine((text) => text === '' || (/^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(`${text}T00:00:00Z`, text)), {
    error: 'dateInvalid',
  })
  .transform((text) => (text ? new Date(`${text}T00:00:00Z`) : null));

/** Whether `iso` is a real moment whose day is `day` (2027-02-30 rolls over to March: not real). */
export function isRealDate(iso: string, day: string): boolean {
  const date = new Date(iso);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
