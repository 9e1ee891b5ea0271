// /library.atom: the library listing as Atom 1.0, with the page's query (lib/feeds).
import { listingFeedRoute } from '@/lib/feeds/route';

export const GET = listingFeedRoute('library', 'atom');
