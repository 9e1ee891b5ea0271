// The directory's GET filters (/directory?q=monitors&region=africa&country=KE&type=NGO&theme=early-warning&sort=newest&page=2).
// The profile form's fields are declared in profile-fields.ts.
// Invalid values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { recordIdSchema } from '@/lib/forms/fields';
import { OrganizationType } from '@/lib/generated/prisma/enums';
import {
  countryParam,
  enumParam,
  firstValue,
  pageParam,
  slugOrWordsParam,
  slugParam,
  textParam,
} from '@/lib/site/search-params';

export const organizationTypes = Object.values(OrganizationType);

/** How the directory is ordered: by name (the default), or the most recently joined first. */
export const directoryOrders = ['name', 'newest'] as const;

export const directoryFiltersSchema = z.object({
  /** Words to search for (lib/search): the list is then ranked by how well each matches. */
  q: textParam,
  region: slugParam,
  country: countryParam,
  type: enumParam(OrganizationType),
  /** A theme's slug (or, from an old link, its label). */
  theme: slugOrWordsParam,
  sort: z.preprocess(firstValue, z.enum(directoryOrders).optional()).catch(undefined),
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
