// Every file of a publication the reader may read, as one zip made while it downloads
// (lib/publications/archive.ts): the same rules and headers as one file's download.
import { Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { signInPath } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { openPublicationArchive } from '@/lib/publications/archive';
import { redirectToPath } from '@/lib/site/redirects';
import { attachmentDisposition } from '@/lib/storage/file-names';
import { notFoundResponse } from '@/lib/site/responses';

type Params = { params: Promise<{ slug: string }> };

export async function GET(_request: NextRequest, { params }: Params) {
  const { slug } = await params;
  const here = `/library/${encodeURIComponent(slug)}/files.zip`;
  const result = await openPublicationArchive(await getViewer(), slug);
  if (!result.ok) {
    if (result.status === 401) return redirectToPath(signInPath(here), 303);
    return notFoundResponse();
  }
  if ('moved' in result.data) return redirectToPath(`/library/${encodeURIComponent(result.data.moved)}/files.zip`, 307);
  const { body, fileName, visibility } = result.data.archive;
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': attachmentDisposition(fileName, 'application/zip'),
      'x-content-type-options': 'nosniff',
      'cache-control': visibility === 'MEMBERS' ? 'private, no-store' : 'no-cache',
    },
  });
}
