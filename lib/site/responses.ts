// Plain answers of the route handlers that serve files and feeds (downloads, zips, PDFs, logos,
// feeds): a 404 that says nothing about what was asked for, the same for an unknown record and one
// the viewer may not see; a 429 over a rate limit.

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
