// The directory's GET filters (/directory?region=africa&type=NGO&theme=early-warning&page=2).
// The profile form's fields are declared in profile-fields.ts.
// Invalid values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { recordIdSchema } from '@/lib/forms/fields';
import { OrganizationType } from '@/lib/generated/prisma/enums';
import { enumParam, pageParam, slugOrWordsParam, slugParam } from '@/lib/site/search-params';

export const organizationTypes = Object.values(OrganizationType);

export const directoryFiltersSchema = z.object({
  region: slugParam,
  type: enumParam(OrganizationType),
  /** A theme's slug (or, from an old link, its label). */
  theme: slugOrWordsParam,
  page: pageParam,
});

export type DirectoryFilters = z.infer<typeof directoryFiltersSchema>;

export function parseDirectoryFilters(searchParams: Record<string, unknown>): DirectoryFilters {
  return directoryFiltersSchema.parse(searchParams);
}

/** An admin's switch: whether an organisation's members publish without review. */
export const organizationTrustSchema = z.object({
  organizationId: recordIdSchema,
  trusted: z.enum(['true', 'false'], { error: 'invalidInput' }).transform((value) => value === 'true'),
});
