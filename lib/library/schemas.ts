// The library's GET filters (/library?kind=REPORT&region=europe&theme=early-warning&language=fr&page=2).
// Invalid values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { PublicationKind } from '@/lib/generated/prisma/enums';
import { enumParam, languageParam, pageParam, slugOrWordsParam, slugParam } from '@/lib/site/search-params';

export const publicationKinds = Object.values(PublicationKind);

export const libraryFiltersSchema = z.object({
  kind: enumParam(PublicationKind),
  region: slugParam,
  /** A theme's slug (or, from an old link, its label). */
  theme: slugOrWordsParam,
  language: languageParam,
  page: pageParam,
});

export type LibraryFilters = z.infer<typeof libraryFiltersSchema>;

export function parseLibraryFilters(searchParams: Record<string, unknown>): LibraryFilters {
  return libraryFiltersSchema.parse(searchParams);
}
