// How many people signed a campaign from each country, as JSON (the table on its page): no
// personal data, the same for everyone who may see the campaign; 404 for one they may not.
import type { NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { countSignaturesByCountry } from '@/lib/campaigns/queries';
import { absoluteUrl } from '@/lib/site/settings';

type Params = { params: Promise<{ slug: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const result = await countSignaturesByCountry(await getViewer(), slug);
  if (!result.ok) {
    return Response.json({ error: 'notFound' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  }
  const { campaign, total, countries } = result.data;
  return Response.json(
    {
      campaign: { slug: campaign.slug, title: campaign.title, url: absoluteUrl(`/campaigns/${campaign.slug}`) },
      total,
      countries,
      generatedAt: new Date().toISOString(),
    },
    // A count a few seconds old is fine, and a burst of readers costs one query per instance.
    { headers: { 'cache-control': 'public, max-age=10', 'access-control-allow-origin': '*' } },
  );
}
