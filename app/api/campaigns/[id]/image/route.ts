// Setting a campaign's image and what it shows: the image form of its staff page posts here
// (multipart/form-data: the description, then the file), a route handler because a server action
// reads the whole body into memory first and this streams it (lib/campaigns/image.ts). Without
// JavaScript the browser is sent back to /manage/campaigns/<id> (303) with what happened; with
// `Accept: application/json` the answer is JSON with its status (200, 400 beside the field, 401,
// 403, 404, 409 for an archived campaign, 413) (lib/storage/picture-responses.ts). A post from
// another site is refused (403). Public pages are refreshed when visitors see the campaign.
import type { NextRequest } from 'next/server';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { campaignImageAltField, campaignImageField, setCampaignImage } from '@/lib/campaigns/image';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { refuseCrossSite } from '@/lib/site/same-origin';
import { pictureUploadResponse } from '@/lib/storage/picture-responses';

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  const viewer = await getViewer();
  const result = await setCampaignImage(viewer, id, request, { ip: await clientAddress() });
  // A draft is the staff's alone: its page is not in the visitors' cache.
  if (result.ok && result.message !== 'noChanges' && result.data.status !== 'DRAFT') refreshPublicPages();
  return pictureUploadResponse(request, result, (data, message) => ({ message, imageUrl: data.imageUrl }), {
    path: `/manage/campaigns/${encodeURIComponent(id)}`,
    anchor: 'campaign-image',
    errorParams: { [campaignImageField]: 'imageError', [campaignImageAltField]: 'imageAltError' },
    messageParam: 'imageError',
  });
}
