// Setting an organisation's logo: the logo form of its profile page posts here (multipart/form-data),
// a route handler because a server action reads the whole body into memory first and this streams
// it (lib/directory/logos.ts, lib/storage/uploads.ts). Without JavaScript the browser is sent back to
// the profile page (303) with what happened; with `Accept: application/json` the answer is JSON with
// its status (200, 400 beside the field, 401, 403, 404, 413). A post from another site is refused
// (403). `?org=<slug>` is where a coordinator's or admin's page was (/account/organization?org=…),
// so the plain post leads back there; it decides nothing else.
import { NextResponse, type NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/guards';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { logoField, setOrganizationLogo } from '@/lib/directory/logos';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { redirectToPath } from '@/lib/site/redirects';
import { refuseCrossSite } from '@/lib/site/same-origin';
import { hrefWith, slugParam } from '@/lib/site/search-params';

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  const viewer = await getViewer();
  const result = await setOrganizationLogo(viewer, id, request, { ip: await clientAddress() });
  // The directory's cards and the profile page show it to visitors.
  if (result.ok) refreshPublicPages();
  if ((request.headers.get('accept') ?? '').includes('application/json')) {
    return result.ok
      ? NextResponse.json({ ok: true, logoUrl: result.data.logoUrl })
      : NextResponse.json(
          { ok: false, error: result.message, fieldErrors: result.fieldErrors },
          { status: result.status },
        );
  }
  const org = slugParam.parse(request.nextUrl.searchParams.get('org'));
  const page = '/account/organization';
  if (!result.ok && result.status === 401) return redirectToPath(signInPath(hrefWith(page, { org })), 303);
  const answer = result.ok
    ? { outcome: 'logoChanged' }
    : { logoError: result.fieldErrors?.[logoField]?.[0] ?? result.message };
  return redirectToPath(`${hrefWith(page, { org, ...answer })}#logo`, 303);
}
