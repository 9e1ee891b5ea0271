// The JSON API's search (/api/v1/search?q=…): the search page's query (lib/search), its results kind
// after kind in the page's order (organisations, publications, campaigns, events), each kind best
// first, paged by an offset into that sequence. Ranks of different kinds are not comparable, so
// they are not mixed; `kind` narrows it to one.
import 'server-only';
import { rankedHitsOfKind } from '@/lib/search/queries';
import { searchFiltersSchema, searchKindPaths, searchKinds, snippetParts } from '@/lib/search/schemas';
import { absoluteUrl } from '@/lib/site/settings';
import type { ApiPage } from './queries';
import { searchHitRecordSchema, type SearchHitRecord } from './records';
import type { ApiFilter, ApiQuery, ParameterProblem } from './schemas';

const filter = (parse: ApiFilter['parse'], description: string, schema: Record<string, unknown>) => ({
  parse,
  description,
  schema,
});

export const apiSearch = {
  record: searchHitRecordSchema,
  description:
    'Organisations, publications, campaigns and events that match the words, kind after kind (in that order), each kind best first.',
  filters: {
    q: {
      ...filter(
        searchFiltersSchema.shape.q,
        'words in web search syntax ("a phrase", -excluded, this OR that), at most 120 characters',
        { type: 'string', maxLength: 120 },
      ),
      required: true,
    },
    kind: filter(searchFiltersSchema.shape.kind, `one of ${searchKinds.join(', ')}`, {
      type: 'string',
      enum: [...searchKinds],
    }),
    region: filter(searchFiltersSchema.shape.region, "a region's slug", { type: 'string' }),
    country: filter(searchFiltersSchema.shape.country, 'an ISO 3166-1 alpha-2 code', { type: 'string' }),
    theme: filter(searchFiltersSchema.shape.theme, "a theme's slug", { type: 'string' }),
    language: filter(searchFiltersSchema.shape.language, 'a BCP 47 language tag', { type: 'string' }),
    year: filter(searchFiltersSchema.shape.year, 'a year, 1900 to 2200', {
      type: 'integer',
      minimum: 1900,
      maximum: 2200,
    }),
  } satisfies Record<string, ApiFilter>,
  changedSince: false,
};

/**
 * The search's filters as parseApiQuery hands them over, typed by the page's schema that read them:
 * each value it kept reads as itself again.
 */
const apiSearchFiltersSchema = searchFiltersSchema.omit({ page: true });

/** One page of the search's hits, and how many there are (at least, for very common words). */
export async function searchApi(query: ApiQuery): Promise<ApiPage<SearchHitRecord> | { problems: ParameterProblem[] }> {
  const { q, kind, ...chosen } = apiSearchFiltersSchema.parse(query.filters);
  // parseApiQuery has already refused a search without words (q is required); this never answers.
  if (q === undefined) return { problems: [{ parameter: 'q', problem: 'required' }] };
  const offset = query.cursor ? query.cursor.after[0] : 0;
  if (
    (query.cursor && (query.cursor.order !== 'search' || query.cursor.after.length !== 1)) ||
    typeof offset !== 'number' ||
    !Number.isInteger(offset) ||
    offset < 0
  ) {
    return { problems: [{ parameter: 'cursor', problem: 'not a cursor of this search' }] };
  }
  const kinds = kind ? [kind] : [...searchKinds];
  const counts = await Promise.all(kinds.map((each) => rankedHitsOfKind(null, each, q, chosen, { skip: 0, take: 0 })));
  // Where each kind's matches start in the sequence, and the part of it this page takes.
  let start = 0;
  const windows = kinds.map((each, index) => {
    const count = counts[index]?.count ?? 0;
    const skip = Math.max(0, offset - start);
    const take = Math.max(0, Math.min(count, offset + query.limit - start) - skip);
    start += count;
    return { kind: each, skip, take };
  });
  const found = await Promise.all(
    windows.filter((window) => window.take > 0).map((window) => rankedHitsOfKind(null, window.kind, q, chosen, window)),
  );
  const records = found.flatMap(({ hits }) =>
    hits.map((hit) => ({
      kind: hit.kind,
      slug: hit.slug,
      title: hit.title,
      detail: hit.detail,
      date: hit.date.toISOString(),
      language: hit.language,
      snippet: snippetParts(hit.snippet),
      url: absoluteUrl(`${searchKindPaths[hit.kind]}/${hit.slug}`),
    })),
  );
  const totalCount = start;
  return {
    records,
    totalCount,
    totalCountIsLowerBound: counts.some((count) => count.atLeast),
    next: offset + query.limit < totalCount ? { order: 'search', after: [offset + query.limit] } : null,
  };
}
