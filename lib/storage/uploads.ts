// One file on its way into the store: its type decided by its first bytes (file-types.ts), its size
// counted as it streams (never buffered whole: a 20 MB file costs one chunk of memory at a time),
// images re-encoded to drop what their metadata says (camera, GPS position, author), and a SHA-256
// of what is kept. A file refused for its type or its size leaves nothing in the store.
import { createHash } from 'node:crypto';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sharp, { type Sharp } from 'sharp';
import { displayFileName } from './file-names';
import { allowedTypeOf, sniffBytes } from './file-types';
import { newStorageKey, type FileStore } from './store';

/** Why a file was not kept; each is a key of `errors.fields` shown beside the file field. */
export type UploadRefusal = 'fileMissing' | 'fileTooLarge' | 'fileType' | 'fileUnreadable';

export interface StoredUpload {
  storageKey: string;
  /** The name it was sent with, sanitised, for display only. */
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export type UploadOutcome = { ok: true; data: StoredUpload } | { ok: false; reason: UploadRefusal };

/** The image types re-encoded (sharp writes no metadata unless asked to), and how. */
const reencoders: Record<string, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 90, mozjpeg: true }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: 90 }),
  'image/gif': (image) => image.gif(),
};

/**
 * How a caller narrows what is kept (a logo, not any file): only these stored types, and images
 * scaled down to fit a box. Without them, every type file-types.ts allows is kept at its own size.
 */
export interface UploadOptions {
  maxBytes: number;
  /** The stored types kept (e.g. PNG, JPEG, WebP); any other is refused as `fileType`, by content. */
  allowedTypes?: readonly string[];
  /**
   * Images are scaled down, never up, to fit inside this box (aspect ratio kept) and kept as one
   * still picture (the first frame of an animation), decoding at most `maxInputPixels`.
   */
  fitInside?: { width: number; height: number; maxInputPixels: number };
}

class TooLarge extends Error {}

/** Passes bytes on while counting them; fails once more than `maxBytes` went through. */
function sizeLimit(maxBytes: number, counted: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted.bytes += chunk.length;
      if (counted.bytes > maxBytes) done(new TooLarge());
      else done(null, chunk);
    },
  });
}

/**
 * The first `sniffBytes` of a stream; a stream of all of it (those bytes first, then the rest); and
 * a way to read and drop what is left unread, so a sender still sending gets its answer. The source
 * is only ever read, never destroyed: a multipart parser waits for each file to be read to its end.
 */
async function peek(source: Readable) {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  const next = async () => {
    const step = await iterator.next();
    if (step.done) ended = true;
    return step;
  };
  while (length < sniffBytes) {
    const step = await next();
    if (step.done) break;
    chunks.push(step.value);
    length += step.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    yield head;
    while (!ended) {
      const step = await next();
      if (!step.done) yield step.value;
    }
  }
  const discardRest = async () => {
    while (!ended) await next().catch(() => (ended = true));
  };
  return { head, whole: Readable.from(all(), { objectMode: false }), discardRest };
}

/** The decoder an image goes through: as it is (animations kept), or as one still picture scaled to fit. */
function imageDecoder(fitInside: UploadOptions['fitInside']): Sharp {
  if (!fitInside) return sharp({ animated: true, failOn: 'error' }).rotate();
  const { width, height, maxInputPixels } = fitInside;
  return sharp({ animated: false, failOn: 'error', limitInputPixels: maxInputPixels })
    .rotate()
    .resize({ width, height, fit: 'inside', withoutEnlargement: true });
}

/**
 * Streams `source` into `store` under a new random key when its content is an allowed type and it
 * is at most `maxBytes` long; otherwise keeps nothing and says why. `name` is the name it was sent
 * with; only text and old Office files look at its extension (file-types.ts). `allowedTypes` and
 * `fitInside` narrow what is kept (UploadOptions).
 */
export async function storeUpload(
  store: FileStore,
  source: Readable,
  name: string,
  { maxBytes, allowedTypes, fitInside }: UploadOptions,
): Promise<UploadOutcome> {
  const { head, whole, discardRest } = await peek(source);
  if (head.length === 0) return { ok: false, reason: 'fileMissing' };
  const sniffed = await allowedTypeOf(head.subarray(0, sniffBytes), name);
  const contentType = sniffed && (!allowedTypes || allowedTypes.includes(sniffed)) ? sniffed : null;
  if (!contentType) {
    await discardRest();
    return { ok: false, reason: 'fileType' };
  }

  const counted = { bytes: 0 };
  const hash = createHash('sha256');
  const reencode = reencoders[contentType];
  const stages: NodeJS.ReadWriteStream[] = [sizeLimit(maxBytes, counted)];
  // An image is decoded and written afresh: nothing of the original file but its pixels is kept.
  if (reencode) stages.push(reencode(imageDecoder(fitInside)));
  stages.push(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    }),
  );
  const output = new PassThrough();
  const storageKey = newStorageKey();
  const [piped, stored] = await Promise.allSettled([
    pipeline([whole, ...stages, output]),
    // A store that fails stops reading: the pipeline must fail too, not wait on it for ever.
    store.put(storageKey, output, { contentType }).catch((error: unknown) => {
      output.destroy(error as Error);
      throw error;
    }),
  ]);
  if (piped.status === 'rejected' || stored.status === 'rejected') {
    await store.delete(storageKey).catch(() => undefined);
    // What the sender still sends is read and dropped, so the answer reaches them.
    await discardRest();
    const error: unknown = piped.status === 'rejected' ? piped.reason : (stored as PromiseRejectedResult).reason;
    if (error instanceof TooLarge) return { ok: false, reason: 'fileTooLarge' };
    if (reencode) return { ok: false, reason: 'fileUnreadable' };
    throw error;
  }
  return {
    ok: true,
    data: {
      storageKey,
      fileName: displayFileName(name),
      contentType,
      size: stored.value.size,
      sha256: hash.digest('hex'),
    },
  };
}
