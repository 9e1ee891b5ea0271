// Setting an organisation's logo: the logo form of its profile page posts here (multipart/form-data),
// a route handler because a server action reads the whole body into memory first and this streams
// it (lib/directory/logos.ts, lib/storage/pictures.ts). Without JavaScript the browser is sent back
// to the profile page (303) with what happened; with `Accept: application/json` the answer is JSON
// with its status (200, 400 beside the field, 401, 403, 404, 413) (lib/storage/picture-responses.ts).
// A post from another site is refused (403). `?org=<slug>` is where a coordinator's or admin's page
// was (/account/organization?org=…), so the plain post leads back there; it decides nothing else.
import type { NextRequest } from 'next/server';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { logoField, setOrganizationLogo } from '@/lib/directory/logos';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { refuseCrossSite } from '@/lib/site/same-origin';
import { slugParam } from '@/lib/site/search-params';
import { pictureUploadResponse } from '@/lib/storage/picture-responses';

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  const viewer = await getViewer();
  const result = await setOrganizationLogo(viewer, id, request, { ip: await clientAddress() });
  // The directory's cards and the profile page show it to visitors.
  if (result.ok) refreshPublicPages();
  return pictureUploadResponse(request, result, (data) => ({ logoUrl: data.logoUrl }), {
    path: '/account/organization',
    query: { org: slugParam.parse(request.nextUrl.searchParams.get('org')) },
    anchor: 'logo',
    errorParams: { [logoField]: 'logoError' },
    messageParam: 'logoError',
  });
}
