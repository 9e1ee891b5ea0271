// The link mailed to a signer (lib/campaigns/signing.ts): following it confirms the signature once,
// then leads to a page that says what happened, without the token in its address.
import type { NextRequest } from 'next/server';
import { confirmSignature } from '@/lib/campaigns/signing';
import { refreshCampaignCounts } from '@/lib/site/refresh-public-pages';
import { redirectToPath } from '@/lib/site/redirects';
import { hrefWith } from '@/lib/site/search-params';

type Params = { params: Promise<{ slug: string; token: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { slug, token } = await params;
  const { outcome, held } = await confirmSignature(slug, token);
  // The count on the campaign's pages moves (a held signature does not count yet).
  if (outcome === 'confirmed' && !held) refreshCampaignCounts(slug);
  const answer = outcome === 'confirmed' && held ? 'held' : outcome;
  return redirectToPath(hrefWith(`/campaigns/${encodeURIComponent(slug)}/signature`, { outcome: answer }), 303);
}
