// A campaign's updates as Atom 1.0 (lib/campaigns/feed.ts); 404 for a campaign visitors may not see.
import type { NextRequest } from 'next/server';
import { campaignUpdatesFeed } from '@/lib/campaigns/feed';
import { feedResponse } from '@/lib/feeds/render';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const result = await campaignUpdatesFeed((await params).slug, 'atom');
  if (!result.ok) return notFoundResponse();
  return feedResponse('atom', result.data);
}
