// The library's GET filters (/library?q=radio&kind=REPORT&region=europe&country=KE&theme=early-warning&language=fr&page=2).
// Invalid values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schemas';
import { PublicationKind } from '@/lib/generated/prisma/enums';
import {
  countryParam,
  enumParam,
  languageParam,
  pageParam,
  slugOrWordsParam,
  slugParam,
  textParam,
} from '@/lib/site/search-params';

export const publicationKinds = Object.values(PublicationKind);

export const libraryFiltersSchema = z.object({
  /** Words to search for (lib/search): the list is then ranked by how well each matches. */
  q: textParam,
  kind: enumParam(PublicationKind),
  region: slugParam,
  country: countryParam,
  /** A theme's slug (or, from an old link, its label). */
  theme: slugOrWordsParam,
  language: languageParam,
  page: pageParam,
});

export type LibraryFilters = z.infer<typeof libraryFiltersSchema>;

export function parseLibraryFilters(searchParams: Record<string, unknown>): LibraryFilters {
  return libraryFiltersSchema.parse(searchParams);
}

export const colleagueNoteMaxLength = 1000;

/**
 * "Send to a colleague": who gets the link, and an optional note. The note is plain text, only in
 * the mail's body (never its subject), its line breaks kept.
 */
export const sendToColleagueSchema = z.object({
  slug: z.string().trim().min(1).max(200),
  to: emailSchema,
  note: z
    .string()
    .default('')
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(colleagueNoteMaxLength, { error: 'noteTooLong' })),
});

export type SendToColleagueInput = z.input<typeof sendToColleagueSchema>;
