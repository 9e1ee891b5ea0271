// The feeds of the portal's listings: the library, the directory's new members, campaigns and a
// search, each read from the same query string as its page (parsed by the page's own schema) and
// always as a visitor sees it (viewer null), so a members-only record never reaches a feed and
// the answer may be cached publicly. Entries are the newest first: what a reader wants to follow.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listCampaigns } from '@/lib/campaigns/queries';
import { listOrganizations } from '@/lib/directory/queries';
import { parseDirectoryFilters } from '@/lib/directory/schemas';
import { listPublications } from '@/lib/library/queries';
import { parseLibraryFilters } from '@/lib/library/schemas';
import { listNewestMatches } from '@/lib/search/queries';
import { matchStart, matchStop, parseSearchFilters, searchKindPaths } from '@/lib/search/schemas';
import type { SearchParams } from '@/lib/site/search-params';
import { getSiteSettings } from '@/lib/site/settings';
import { feedLinksOf, feedQueryOf, type FeedListing } from './paths';
import type { FeedChannel, FeedEntry } from './render';

/** Entries of a feed: the newest this many (of every kind together, for a search). */
export const listingFeedLength = 20;

export interface ListingFeed {
  channel: FeedChannel;
  entries: FeedEntry[];
}

type Translator = Awaited<ReturnType<typeof getTranslations<'feeds'>>>;

/** The values chosen in a listing's query, as its feed's title shows them: "Library of X (radio, africa)". */
function titled(t: Translator, title: string, values: (string | number | undefined)[]): string {
  const chosen = values.filter((value) => value !== undefined && value !== '');
  return chosen.length > 0 ? t('filtered', { title, filters: chosen.join(', ') }) : title;
}

function channelOf(listing: FeedListing, params: SearchParams, title: string, description: string): FeedChannel {
  const query = feedQueryOf(listing, params);
  return {
    title,
    description,
    pagePath: query ? `/${listing}?${query}` : `/${listing}`,
    feedPaths: feedLinksOf(listing),
    query,
  };
}

async function libraryFeed(params: SearchParams): Promise<ListingFeed> {
  const filters = parseLibraryFilters(params);
  const [t, common, found] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'feeds' }),
    getTranslations({ locale: 'en', namespace: 'common' }),
    listPublications(null, { ...filters, page: 1 }, 'newest'),
  ]);
  const site = getSiteSettings().name;
  const title = titled(t, t('library.title', { site }), [
    filters.q,
    filters.kind,
    filters.region,
    filters.country,
    filters.theme,
    filters.language,
  ]);
  return {
    channel: channelOf('library', params, title, t('library.description', { site })),
    entries: found.items.map((publication) => ({
      title: publication.title,
      path: `/library/${publication.slug}`,
      date: publication.publishedAt ?? publication.updatedAt,
      summary: publication.summary,
      authors: publication.authors,
      categories: [common(`publicationKind.${publication.kind}`), ...publication.regions.map((region) => region.name)],
    })),
  };
}

async function directoryFeed(params: SearchParams): Promise<ListingFeed> {
  const filters = parseDirectoryFilters(params);
  const [t, common, found] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'feeds' }),
    getTranslations({ locale: 'en', namespace: 'common' }),
    listOrganizations(null, { ...filters, sort: 'newest', page: 1 }),
  ]);
  const site = getSiteSettings().name;
  const title = titled(t, t('directory.title', { site }), [
    filters.q,
    filters.region,
    filters.country,
    filters.type,
    filters.theme,
  ]);
  return {
    channel: channelOf('directory', params, title, t('directory.description', { site })),
    entries: found.items.map((organization) => ({
      title: organization.name,
      path: `/directory/${organization.slug}`,
      date: organization.joinedAt,
      summary: organization.shortDescription,
      categories: [
        common(`organizationType.${organization.type}`),
        ...organization.regions.map((region) => region.name),
      ],
    })),
  };
}

async function campaignsFeed(): Promise<ListingFeed> {
  const [t, common, campaigns] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'feeds' }),
    getTranslations({ locale: 'en', namespace: 'common' }),
    listCampaigns(null),
  ]);
  const site = getSiteSettings().name;
  const newest = campaigns.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()).slice(0, listingFeedLength);
  return {
    channel: channelOf('campaigns', {}, t('campaigns.title', { site }), t('campaigns.description', { site })),
    entries: newest.map((campaign) => ({
      title: campaign.title,
      path: `/campaigns/${campaign.slug}`,
      date: campaign.startsAt,
      summary: campaign.goal,
      categories: [common(`campaignStatus.${campaign.status}`), ...campaign.regions.map((region) => region.name)],
    })),
  };
}

/** A snippet's text without its match markers. */
function plainSnippet(snippet: string): string {
  return snippet.replaceAll(matchStart, '').replaceAll(matchStop, '');
}

async function searchFeed(params: SearchParams): Promise<ListingFeed> {
  const filters = parseSearchFilters(params);
  const [t, hits] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'feeds' }),
    listNewestMatches(null, { ...filters, page: 1 }, listingFeedLength),
  ]);
  const site = getSiteSettings().name;
  const title = filters.q
    ? titled(t, t('search.titleFor', { q: filters.q, site }), [
        filters.kind,
        filters.region,
        filters.country,
        filters.theme,
        filters.language,
        filters.year,
      ])
    : t('search.title', { site });
  return {
    channel: channelOf('search', params, title, t('search.description', { site })),
    entries: hits.slice(0, listingFeedLength).map((hit) => ({
      title: hit.title,
      path: `${searchKindPaths[hit.kind]}/${hit.slug}`,
      date: hit.date,
      summary: plainSnippet(hit.snippet),
    })),
  };
}

const listingFeeds: Record<FeedListing, (params: SearchParams) => Promise<ListingFeed>> = {
  library: libraryFeed,
  directory: directoryFeed,
  campaigns: campaignsFeed,
  search: searchFeed,
};

/** The feed of `listing` for the page's query parameters. */
export function listingFeed(listing: FeedListing, params: SearchParams): Promise<ListingFeed> {
  return listingFeeds[listing](params);
}
