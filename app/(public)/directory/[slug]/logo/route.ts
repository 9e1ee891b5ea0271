// An organisation's logo, for those who may see the organisation (a lapsed or applied one's is 404
// for visitors, as its page is): shown in the page (inline), as the type it was stored as, with
// nosniff. Its address carries the version (`?v=<ms>`, lib/directory/logos.ts `logoUrlOf`): asked
// for with the current version, an active organisation's logo is cached for good (a new logo has a
// new address); any other request is checked again each time. A logo only staff or the
// organisation's own members may see is never kept by a shared cache (lib/storage/picture-responses.ts).
import type { NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { openOrganizationLogo } from '@/lib/directory/logos';
import { notFoundResponse } from '@/lib/site/responses';
import { pictureResponse } from '@/lib/storage/picture-responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const result = await openOrganizationLogo(await getViewer(), slug);
  if (!result.ok) return notFoundResponse();
  return pictureResponse(request, result.data);
}
