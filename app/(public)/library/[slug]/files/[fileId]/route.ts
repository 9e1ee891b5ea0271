// A file of a publication, for those who may read it: always downloaded (never shown in the
// browser), under its sanitised name and the type it was stored as, with nosniff. Nothing is cached
// on the way for a members-only file; a visitor following a copied link to one is sent to sign in.
import { Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { openAttachment } from '@/lib/publications/attachments';
import { redirectToPath } from '@/lib/site/redirects';
import { attachmentDisposition } from '@/lib/storage/file-names';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string; fileId: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { slug, fileId } = await params;
  const here = `/library/${encodeURIComponent(slug)}/files/${encodeURIComponent(fileId)}`;
  const result = await openAttachment(await getViewer(), slug, fileId);
  if (!result.ok) {
    if (result.status === 401) return redirectToPath(signInPath(here), 303);
    return notFoundResponse();
  }
  if ('moved' in result.data) {
    return redirectToPath(`/library/${encodeURIComponent(result.data.moved)}/files/${encodeURIComponent(fileId)}`, 307);
  }
  const { file, fileName, contentType, visibility } = result.data.download;
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': contentType,
      'content-length': String(file.size),
      'content-disposition': attachmentDisposition(fileName, contentType),
      'x-content-type-options': 'nosniff',
      // A members-only file is never kept by a browser or a proxy; a public one is asked for again
      // each time, so a file taken out of the library stops being served at once.
      'cache-control': visibility === 'MEMBERS' ? 'private, no-store' : 'no-cache',
    },
  });
}
