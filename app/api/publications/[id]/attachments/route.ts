// Adding a file to a publication: the form on its page posts here (multipart/form-data), a route
// handler because a server action reads the whole body into memory first and this streams it
// (lib/storage/uploads.ts). Without JavaScript the browser is sent back to the publication's files
// (303) with what happened; with `Accept: application/json` the answer is JSON with its status
// (201, 400 beside the field, 401, 403, 404, 409, 413). A post from another site is refused (403).
import { NextResponse, type NextRequest } from 'next/server';
import { isStaff } from '@/lib/auth/policy';
import { clientAddress } from '@/lib/auth/request';
import { signInPath } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { isRecordId } from '@/lib/forms/fields';
import { addAttachment, sectionOfUpload } from '@/lib/publications/attachments';
import { filesAnchorOf, refreshWorkspaces, workspaceOf } from '@/lib/publications/pages';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { redirectToPath } from '@/lib/site/redirects';
import { refuseCrossSite } from '@/lib/site/same-origin';
import { hrefWith } from '@/lib/site/search-params';

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const { id } = await params;
  const viewer = await getViewer();
  const result = await addAttachment(viewer, id, request, { ip: await clientAddress() });
  if (result.ok) {
    refreshWorkspaces();
    if (result.data.status === 'PUBLISHED') refreshPublicPages();
  }
  if ((request.headers.get('accept') ?? '').includes('application/json')) {
    return result.ok
      ? NextResponse.json({ ok: true, attachment: result.data.attachment }, { status: 201 })
      : NextResponse.json(
          { ok: false, error: result.message, fieldErrors: result.fieldErrors },
          { status: result.status },
        );
  }
  const back = workspaceOf(isStaff(viewer), id);
  if (!result.ok && result.status === 401) return redirectToPath(signInPath(back), 303);
  // Back to the files the form was beside, the publication's or a toolkit section's, whose form shows the refusal.
  const requested = sectionOfUpload(request);
  const section = requested && isRecordId(requested) ? requested : null;
  const answer = result.ok
    ? { outcome: 'fileAdded' }
    : { fileError: result.fieldErrors?.file?.[0] ?? result.message, fileSection: section };
  return redirectToPath(`${hrefWith(back, answer)}#${filesAnchorOf(section)}`, 303);
}
