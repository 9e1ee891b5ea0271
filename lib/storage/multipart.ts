// Reading a form that carries one file (multipart/form-data) as it arrives, with busboy: the file is
// handed on as a stream while it is still being received, never gathered in memory or on disk first.
// Fields must come before the file in the form (browsers send them in the form's order), so the
// file's handler knows them.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';

/** The most a form's text fields may hold beside its file. */
const fieldLimits = { fields: 8, fieldSize: 8 * 1024, parts: 12 };

export type MultipartOutcome<T> =
  { ok: true; fields: Record<string, string>; file: T | null } | { ok: false; reason: 'notMultipart' | 'malformed' };

/**
 * Parses `request`'s body, calling `onFile` for the first file sent as `fileField` (with the fields
 * before it) and dropping any other file. `onFile` must read its stream to the end (storing or
 * discarding it); busboy stops the stream at `maxFileBytes + 1` bytes, so a handler that counts
 * sees an oversized file for what it is without reading more than that. When the body breaks after
 * the file was handled (a cut-off closing boundary), `discard` is given what `onFile` returned, so
 * a file already stored does not stay behind.
 */
export async function readFileForm<T>(
  request: Request,
  {
    fileField,
    maxFileBytes,
    onFile,
    discard,
  }: {
    fileField: string;
    maxFileBytes: number;
    onFile: (file: { name: string; stream: Readable }, fields: Record<string, string>) => Promise<T>;
    discard?: (handled: T) => Promise<unknown>;
  },
): Promise<MultipartOutcome<T>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) return { ok: false, reason: 'notMultipart' };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      limits: { ...fieldLimits, files: 1, fileSize: maxFileBytes + 1 },
      defParamCharset: 'utf8',
    });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const fields: Record<string, string> = {};
  let handled: Promise<T> | null = null;
  parser.on('field', (name, value) => {
    fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== fileField || handled || !info.filename) {
      stream.resume();
      return;
    }
    handled = onFile({ name: info.filename, stream }, { ...fields });
    // Awaited below; kept from being reported as unhandled while the rest of the body arrives.
    handled.catch(() => undefined);
  });
  const finished = new Promise<boolean>((resolve) => {
    parser.on('close', () => resolve(true));
    parser.on('error', () => resolve(false));
  });
  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  body.on('error', (error) => parser.destroy(error));
  body.pipe(parser);
  if (!(await finished)) {
    const outcome = await (handled as Promise<T> | null)?.then(
      (value) => ({ value }),
      () => null,
    );
    if (outcome) await discard?.(outcome.value).catch(() => undefined);
    return { ok: false, reason: 'malformed' };
  }
  const file = handled ? await (handled as Promise<T>) : null;
  return { ok: true, fields, file };
}
