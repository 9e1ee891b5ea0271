// Plain answers of the route handlers that serve files (downloads, zips, PDFs, logos): a 404 that
// says nothing about what was asked for, the same for an unknown record and one the viewer may not see.

export function notFoundResponse(): Response {
  return new Response('Not found.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
