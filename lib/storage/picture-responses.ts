// The answers of the route handlers that take and serve pictures (lib/storage/pictures.ts): an
// organisation's logo, a campaign's image. Taking one: JSON with its status for a form sent with
// JavaScript (`Accept: application/json`), else a 303 back to the page the form is on, saying what
// happened in its query string. Serving one: inline, as the type it was stored as, with nosniff;
// asked for at its current address (`?v=<version>`), a picture visitors may see is cached for good
// (a new picture has a new address); any other request is checked again each time, and a picture
// only some may see is never kept by a shared cache.
import { Readable } from 'node:stream';
import { NextResponse } from 'next/server';
import { signInPath } from '@/lib/auth/guards';
import type { Result } from '@/lib/forms/result';
import { redirectToPath } from '@/lib/site/redirects';
import { hrefWith } from '@/lib/site/search-params';
import type { PictureDownload } from './pictures';

export interface PictureFormPage {
  /** The page the form is on, and what of its query string leads back to the same view. */
  path: string;
  query?: Record<string, string | undefined>;
  /** The id of the part of the page the form is in. */
  anchor: string;
  /** For each field, the query parameter its error goes back in (`?logoError=fileType`). */
  errorParams: Record<string, string>;
  /** The parameter a refusal that names no field goes back in. */
  messageParam: string;
}

/**
 * The answer to a picture form: `json(data, message)` is what a success tells a script besides `ok`.
 * Without JavaScript, a visitor (401) is sent to sign in and back; a success leads to the page
 * with `?outcome=<message>`, a refusal with each field's error in its parameter.
 */
export function pictureUploadResponse<T>(
  request: Request,
  result: Result<T>,
  json: (data: T, message: string | undefined) => Record<string, unknown>,
  page: PictureFormPage,
): Response {
  if ((request.headers.get('accept') ?? '').includes('application/json')) {
    return result.ok
      ? NextResponse.json({ ok: true, ...json(result.data as T, result.message) })
      : NextResponse.json(
          { ok: false, error: result.message, fieldErrors: result.fieldErrors },
          { status: result.status },
        );
  }
  const query = page.query ?? {};
  if (!result.ok && result.status === 401) return redirectToPath(signInPath(hrefWith(page.path, query)), 303);
  let answer: Record<string, string | undefined>;
  if (result.ok) {
    answer = { outcome: result.message };
  } else {
    const fieldAnswers = Object.entries(page.errorParams).flatMap(([field, param]) => {
      const key = result.fieldErrors?.[field]?.[0];
      return key ? [[param, key] as const] : [];
    });
    answer = fieldAnswers.length > 0 ? Object.fromEntries(fieldAnswers) : { [page.messageParam]: result.message };
  }
  return redirectToPath(`${hrefWith(page.path, { ...query, ...answer })}#${page.anchor}`, 303);
}

/** A picture's bytes, with the headers and cache rules above. */
export function pictureResponse(request: Request, { file, contentType, version, public: isPublic }: PictureDownload) {
  const current = new URL(request.url).searchParams.get('v') === version;
  const cacheControl = !isPublic ? 'private, no-cache' : current ? 'public, max-age=31536000, immutable' : 'no-cache';
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
