// For tests of uploads: a tiny valid PDF, and the request a file form sends (its title first, then
// the file), to a toolkit section when one is named (`?section=`), as the route handler receives it.

export const samplePdf = (label: string) =>
  Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);

export function fileUploadRequest(
  bytes: Buffer,
  name: string,
  { title = '', sectionId, type = 'application/pdf' }: { title?: string; sectionId?: string; type?: string } = {},
): Request {
  const body = new FormData();
  body.set('title', title);
  body.set('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const query = sectionId ? `?section=${sectionId}` : '';
  return new Request(`http://localhost/api/publications/x/attachments${query}`, { method: 'POST', body });
}
