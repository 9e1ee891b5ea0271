// A campaign's image, for those who may read the campaign (a draft's is 404 for visitors, as its
// page is): inline, as the type it was stored as, with nosniff. Its address carries the version
// (`?v=<ms>`, lib/campaigns/image.ts `campaignImageUrlOf`): asked for with the current version, a
// launched campaign's image is cached for good; any other request is checked again each time, and
// a draft's or an archived campaign's is never kept by a shared cache (lib/storage/picture-responses.ts).
import type { NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { openCampaignImage } from '@/lib/campaigns/image';
import { notFoundResponse } from '@/lib/site/responses';
import { pictureResponse } from '@/lib/storage/picture-responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const result = await openCampaignImage(await getViewer(), slug);
  if (!result.ok) return notFoundResponse();
  return pictureResponse(request, result.data);
}
