// The GET handler of a listing's feed (app/(public)/<listing>.rss and .atom): the page's query in,
// the feed out. A feed read by words counts against the search's rate limit, like the page.
import 'server-only';
import { countSearchForRequest } from '@/lib/search/queries';
import { tooManyRequestsResponse } from '@/lib/site/responses';
import { searchParamsFromQuery, textParam } from '@/lib/site/search-params';
import { listingFeed } from './listings';
import type { FeedListing } from './paths';
import { feedResponse, renderFeed, type FeedFormat } from './render';

export function listingFeedRoute(listing: FeedListing, format: FeedFormat) {
  return async function GET(request: Request): Promise<Response> {
    const params = searchParamsFromQuery(new URL(request.url).searchParams);
    if (textParam.parse(params.q)) {
      const wait = await countSearchForRequest();
      if (wait > 0) return tooManyRequestsResponse(wait);
    }
    const { channel, entries } = await listingFeed(listing, params);
    return feedResponse(format, renderFeed(format, channel, entries));
  };
}
