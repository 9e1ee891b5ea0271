// Plain answers of the route handlers that serve files and feeds (downloads, zips, PDFs, logos,
// feeds): a 404 that says nothing about what was asked for, the same for an unknown record and one
// the viewer may not see; a 429 over a rate limit; a CSV export to download.
import { Readable } from 'node:stream';
import { attachmentDisposition } from '@/lib/storage/file-names';

export function notFoundResponse(): Response {
  return new Response('Not found.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Over a rate limit: try again after `seconds` (Retry-After). */
export function tooManyRequestsResponse(seconds: number): Response {
  return new Response(`Too many requests: try again in ${seconds} seconds.\n`, {
    status: 429,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(seconds) },
  });
}

/** A CSV export (the directory, a campaign's signatures) as a download: private, never cached. */
export function csvAttachmentResponse(body: Readable, fileName: string): Response {
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentDisposition(fileName, 'text/csv'),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
