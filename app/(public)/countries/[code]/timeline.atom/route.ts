// A country's monitoring timeline as Atom 1.0 (lib/monitoring/feed.ts); 404 for an unknown country.
import { feedResponse } from '@/lib/feeds/render';
import { countryTimelineFeed } from '@/lib/monitoring/feed';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ code: string }> };

export async function GET(_request: Request, { params }: Params) {
  const result = await countryTimelineFeed((await params).code, 'atom');
  if (!result.ok) return notFoundResponse();
  return feedResponse('atom', result.data);
}
