// The directory's GET filters (/directory?region=africa&type=NGO&theme=early+warning&page=2).
// Invalid values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { OrganizationType } from '@/lib/generated/prisma/enums';
import { enumParam, pageParam, slugParam, textParam } from '@/lib/site/search-params';
import { optionalWebsiteSchema } from '@/lib/forms/fields';

export const organizationTypes = Object.values(OrganizationType);

export const directoryFiltersSchema = z.object({
  region: slugParam,
  type: enumParam(OrganizationType),
  theme: textParam,
  page: pageParam,
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

export function parseDirectoryFilters(searchParams: Record<string, unknown>): DirectoryFilters {
  return directoryFiltersSchema.parse(searchParams);
}

// ─── Editing an organisation's profile (/account/organization) ──────────────

/** The profile fields an organisation may show to signed-in members only (Organization.membersOnlyFields). */
export const profileFields = ['description', 'website', 'contactEmail', 'themes', 'countries'] as const;
export type ProfileField = (typeof profileFields)[number];

export const isProfileField = (value: string): value is ProfileField =>
  (profileFields as readonly string[]).includes(value);

/** Who sees a profile field: everyone, or signed-in members only. */
export const fieldVisibilities = ['everyone', 'members'] as const;
export type FieldVisibility = (typeof fieldVisibilities)[number];

/** The form's name of the visibility choice of a field, e.g. `websiteVisibility`. */
export const visibilityFieldName = <F extends ProfileField>(field: F) => `${field}Visibility` as const;

export const descriptionMaxLength = 4000;
export const themeMaxLength = 60;
export const themesMax = 12;

/** A checkbox group: nothing ticked (absent or false, as react-hook-form gives one lone box), one value, or many. */
const checkboxList = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (value): unknown[] =>
      value === undefined || value === null || value === false ? [] : Array.isArray(value) ? value : [value],
    z.array(item),
  );

const splitLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

const contactEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'contactEmailInvalid' })
  .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'contactEmailInvalid' })
  .transform((value) => value || null);

const themeSchema = z.string().trim().min(1).max(themeMaxLength, { error: 'themeTooLong' });

/** New themes, one a line. */
const otherThemesSchema = z
  .string()
  .max(2000, { error: 'themeTooLong' })
  .refine((text) => splitLines(text).every((line) => line.length <= themeMaxLength), { error: 'themeTooLong' })
  .transform(splitLines);

const visibilitySchema = z.enum(fieldVisibilities, { error: 'visibilityRequired' });

/**
 * The profile form. Its output is what is stored: the texts (empty website and email as null),
 * the themes (ticked and new, without repeats), the country codes, and the fields shown to members only.
 */
export const organizationProfileSchema = z
  .object({
    description: z.string().trim().max(descriptionMaxLength, { error: 'descriptionTooLong' }),
    website: optionalWebsiteSchema,
    contactEmail: contactEmailSchema,
    themes: checkboxList(themeSchema),
    otherThemes: otherThemesSchema.optional().default([]),
    countries: checkboxList(z.string().regex(/^[A-Z]{2}$/, { error: 'countryUnknown' })).pipe(
      z.array(z.string()).max(300, { error: 'countryUnknown' }),
    ),
    descriptionVisibility: visibilitySchema,
    websiteVisibility: visibilitySchema,
    contactEmailVisibility: visibilitySchema,
    themesVisibility: visibilitySchema,
    countriesVisibility: visibilitySchema,
  })
  .transform((values) => ({
    description: values.description,
    website: values.website,
    contactEmail: values.contactEmail,
    themes: [...new Set([...values.themes, ...values.otherThemes].map((theme) => theme.replace(/\s+/g, ' ').trim()))],
    countries: [...new Set(values.countries)].sort(),
    membersOnlyFields: profileFields.filter((field) => values[visibilityFieldName(field)] === 'members'),
  }))
  .refine((profile) => profile.themes.length <= themesMax, { path: ['otherThemes'], error: 'tooManyThemes' });

export type OrganizationProfileInput = z.input<typeof organizationProfileSchema>;
export type OrganizationProfileValues = z.output<typeof organizationProfileSchema>;
