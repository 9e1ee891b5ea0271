// The search's GET filters (/search?q=early+warning&kind=publication&region=africa&country=KE&
// theme=early-warning&language=fr&year=2024&page=2). Invalid values are ignored, so a hand-edited
// address never fails. Shared with the browser (the snippet markers below).
import { z } from 'zod';
import {
  countryParam,
  firstValue,
  languageParam,
  pageParam,
  slugOrWordsParam,
  slugParam,
  textParam,
} from '@/lib/site/search-params';

/**
 * How many matching rows of one kind are ranked: the newest this many. A word found in most rows
 * stays fast (ranking reads every candidate's vector), at the price of ranking only the newest.
 */
export const rankedCandidateLimit = 1000;

/** What the search finds, in the order the results page groups them. */
export const searchKinds = ['organization', 'publication', 'campaign', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Where each kind of result is read: `${searchKindPaths[kind]}/${slug}`. */
export const searchKindPaths: Record<SearchKind, string> = {
  organization: '/directory',
  publication: '/library',
  campaign: '/campaigns',
  event: '/events',
};

/** A year of publication, joining, start: four digits within reason. */
const yearParam = z.preprocess(firstValue, z.coerce.number().int().min(1900).max(2200).optional()).catch(undefined);

export const searchFiltersSchema = z.object({
  /** The words, in web search syntax: "a phrase", -excluded, this OR that. */
  q: textParam,
  kind: z.preprocess(firstValue, z.enum(searchKinds).optional()).catch(undefined),
  region: slugParam,
  country: countryParam,
  theme: slugOrWordsParam,
  language: languageParam,
  year: yearParam,
  page: pageParam,
});

export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export function parseSearchFilters(searchParams: Record<string, unknown>): SearchFilters {
  return searchFiltersSchema.parse(searchParams);
}

/**
 * Where a snippet's matched words start and stop: two private-use characters, removed from the text
 * before PostgreSQL marks it, so only its marks can appear; the page turns each marked stretch into
 * <mark> (components/search/search-snippet.tsx), never into HTML from the text.
 */
export const matchStart = '\uE000';
export const matchStop = '\uE001';

/** A snippet cut into plain and matched stretches, in order. */
export function snippetParts(snippet: string): { text: string; matched: boolean }[] {
  const parts: { text: string; matched: boolean }[] = [];
  for (const [index, piece] of snippet.split(matchStart).entries()) {
    if (index === 0) {
      if (piece) parts.push({ text: piece.replaceAll(matchStop, ''), matched: false });
      continue;
    }
    const stop = piece.indexOf(matchStop);
    const matched = stop === -1 ? piece : piece.slice(0, stop);
    const rest = stop === -1 ? '' : piece.slice(stop + 1).replaceAll(matchStop, '');
    if (matched) parts.push({ text: matched, matched: true });
    if (rest) parts.push({ text: rest, matched: false });
  }
  return parts;
}
