// Where each listing's feeds are, and the links a page gives to them (<link rel="alternate"> and
// the visible "Follow this list" links). A feed takes the page's query, parsed by the page's own
// schema (so an invalid value is dropped in both), without the page number.
import { parseDirectoryFilters } from '@/lib/directory/schemas';
import { parseLibraryFilters } from '@/lib/library/schemas';
import { parseSearchFilters } from '@/lib/search/schemas';
import { queryWith, type SearchParams } from '@/lib/site/search-params';

/** The listings that are also feeds, each at /<listing>.rss and /<listing>.atom with the page's query. */
export const feedListings = ['library', 'directory', 'campaigns', 'search'] as const;
export type FeedListing = (typeof feedListings)[number];

export interface FeedLinks {
  rss: string;
  atom: string;
}

const feedQueries: Record<FeedListing, (params: SearchParams) => string> = {
  library: (params) => queryWith({ ...parseLibraryFilters(params), page: undefined }),
  // The directory's feed follows new members whatever order the page shows.
  directory: (params) => queryWith({ ...parseDirectoryFilters(params), page: undefined, sort: undefined }),
  campaigns: () => '',
  search: (params) => queryWith({ ...parseSearchFilters(params), page: undefined }),
};

/** The query a listing's page and its feeds share (`region=africa`), or ''. */
export function feedQueryOf(listing: FeedListing, params: SearchParams): string {
  return feedQueries[listing](params);
}

/** A listing's feed addresses, with the query of the page's parameters. */
export function feedLinksOf(listing: FeedListing, params: SearchParams = {}): FeedLinks {
  const query = feedQueryOf(listing, params);
  const suffix = query ? `?${query}` : '';
  return { rss: `/${listing}.rss${suffix}`, atom: `/${listing}.atom${suffix}` };
}

/** The `alternates` of a page's metadata that announce its feeds to browsers and readers. */
export function feedAlternates(links: FeedLinks, title: string) {
  return {
    types: {
      'application/rss+xml': [{ url: links.rss, title }],
      'application/atom+xml': [{ url: links.atom, title }],
    },
  };
}
