// /directory.rss: the directory listing as RSS 2.0, with the page's query (lib/feeds).
import { listingFeedRoute } from '@/lib/feeds/route';

export const GET = listingFeedRoute('directory', 'rss');
