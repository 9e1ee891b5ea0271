// Forms of membership applications: the public /join form and the two review forms, shared by the
// browser (react-hook-form) and the server actions. Error messages are keys of the `join.errors`
// catalogue (the application form) and of `applications.errors` (the review forms). Invalid filter
// values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schemas';
import { organizationTypes } from '@/lib/directory/schemas';
import {
  countryCodeSchema,
  optionalEmailSchema,
  optionalWebsiteSchema,
  regionSlugsSchema,
  themeSlugSchema,
  themesMax,
  visibilitySchema,
} from '@/lib/forms/fields';
import { ApplicationStatus, MembershipCategory, OrganizationType } from '@/lib/generated/prisma/enums';
import { enumParam, pageParam } from '@/lib/site/search-params';

export { organizationTypes };
export const membershipCategories = Object.values(MembershipCategory);
export const applicationStatuses = Object.values(ApplicationStatus);

/** Optional free text: empty reads as not given. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((value) => (value ? value : undefined));

/** The public application form (/join). */
export const applicationSchema = z.object({
  organizationName: z
    .string({ error: 'organizationNameRequired' })
    .trim()
    .min(1, { error: 'organizationNameRequired' })
    .max(200, { error: 'organizationNameTooLong' })
    // The name becomes the organisation's address in the directory, so it needs letters or digits.
    .regex(/[\p{L}\p{N}]/u, { error: 'organizationNameInvalid' }),
  organizationType: z.enum(OrganizationType, { error: 'organizationTypeRequired' }),
  category: z.enum(MembershipCategory, { error: 'categoryRequired' }),
  description: z
    .string({ error: 'descriptionRequired' })
    .trim()
    .min(1, { error: 'descriptionRequired' })
    .min(20, { error: 'descriptionTooShort' })
    .max(5000, { error: 'descriptionTooLong' }),
  website: optionalWebsiteSchema.optional(),
  /** The organisation's general address for the directory (optional), and who sees it there. */
  publicEmail: optionalEmailSchema.optional().transform((value) => value ?? null),
  publicEmailVisibility: visibilitySchema.default('MEMBERS'),
  countries: z
    .array(countryCodeSchema, { error: 'countriesRequired' })
    .min(1, { error: 'countriesRequired' })
    .max(250, { error: 'countryUnknown' })
    .transform((codes) => [...new Set(codes)]),
  regions: regionSlugsSchema,
  /** Slugs of the themes vocabulary; the write checks they exist. */
  themes: z
    .array(themeSlugSchema, { error: 'themesRequired' })
    .min(1, { error: 'themesRequired' })
    .max(themesMax, { error: 'tooManyThemes' })
    .transform((themes) => [...new Set(themes)]),
  contactName: z
    .string({ error: 'contactNameRequired' })
    .trim()
    .min(1, { error: 'contactNameRequired' })
    .max(200, { error: 'contactNameTooLong' }),
  contactEmail: z.string({ error: 'emailRequired' }).pipe(emailSchema),
  contactRole: optionalText(200, 'contactRoleTooLong'),
  message: optionalText(2000, 'messageTooLong'),
  // A checkbox: "yes" when ticked (its value), absent or false when not.
  consent: z.literal('yes', { error: 'consentRequired' }),
});

export type ApplicationInput = z.input<typeof applicationSchema>;
export type Application = z.output<typeof applicationSchema>;

/** Fields of the application form that hold several values (checkbox groups). */
export const applicationListFields = ['countries', 'regions', 'themes'] as const;

/** The id of the application a review form acts on (a hidden field). */
export const applicationIdSchema = z
  .string({ error: 'applicationRequired' })
  .trim()
  .min(1, { error: 'applicationRequired' })
  .max(64, { error: 'applicationRequired' });

/** Reject with a reason the applicant is sent. */
export const rejectApplicationSchema = z.object({
  id: applicationIdSchema,
  reason: z
    .string({ error: 'reasonRequired' })
    .trim()
    .min(1, { error: 'reasonRequired' })
    .min(10, { error: 'reasonTooShort' })
    .max(2000, { error: 'reasonTooLong' }),
});

export type RejectApplicationInput = z.input<typeof rejectApplicationSchema>;

/** Approve: a button that carries only the application's id. */
export const approveApplicationSchema = rejectApplicationSchema.pick({ id: true });

export type ApproveApplicationInput = z.input<typeof approveApplicationSchema>;

/** The list's GET filters (/manage/applications?status=APPROVED&page=2); pending when not given. */
export const applicationFiltersSchema = z.object({
  status: enumParam(ApplicationStatus).transform((status) => status ?? 'PENDING'),
  page: pageParam,
});

export type ApplicationFilters = z.infer<typeof applicationFiltersSchema>;

export function parseApplicationFilters(searchParams: Record<string, unknown>): ApplicationFilters {
  return applicationFiltersSchema.parse(searchParams);
}
