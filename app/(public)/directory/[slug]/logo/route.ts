// An organisation's logo, for those who may see the organisation (a lapsed or applied one's is 404
// for visitors, as its page is): shown in the page (inline), as the type it was stored as, with
// nosniff. Its address carries the version (`?v=<ms>`, lib/directory/logos.ts `logoUrlOf`): asked
// for with the current version, an active organisation's logo is cached for good (a new logo has a
// new address); any other request is checked again each time. A logo only staff or the
// organisation's own members may see is never kept by a shared cache.
import { Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { openOrganizationLogo } from '@/lib/directory/logos';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const result = await openOrganizationLogo(await getViewer(), slug);
  if (!result.ok) {
    return notFoundResponse();
  }
  const { file, contentType, version } = result.data;
  const current = request.nextUrl.searchParams.get('v') === version;
  const cacheControl = !result.data.public
    ? 'private, no-cache'
    : current
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': contentType,
      'content-length': String(file.size),
      'content-disposition': 'inline',
      'x-content-type-options': 'nosniff',
      'cache-control': cacheControl,
    },
  });
}
