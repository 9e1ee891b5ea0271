// A publication as a PDF (lib/library/pdf.ts), for those who may read it: downloaded under its
// slug's name, with nosniff; an old address leads to today's (308). Nothing is cached on
// the way for a members-only one; a visitor following a link to one is sent to sign in.
import { Readable } from 'node:stream';
import { permanentRedirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { openPublicationPdf } from '@/lib/library/pdf';
import { redirectToPath } from '@/lib/site/redirects';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const result = await openPublicationPdf(await getViewer(), slug);
  if (!result.ok) {
    if (result.status === 401) return redirectToPath(signInPath(`/library/${encodeURIComponent(slug)}/pdf`), 303);
    return notFoundResponse();
  }
  // As the page does: Next answers 308 with a relative Location.
  if ('moved' in result.data) permanentRedirect(`/library/${encodeURIComponent(result.data.moved)}/pdf`);
  const { document, disposition, visibility } = result.data;
  return new Response(Readable.toWeb(document) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': disposition,
      'x-content-type-options': 'nosniff',
      // A members-only PDF is never kept by a browser or a proxy; a public one is asked for again
      // each time, so a publication taken out of the library stops being served at once.
      'cache-control': visibility === 'MEMBERS' ? 'private, no-store' : 'no-cache',
    },
  });
}
