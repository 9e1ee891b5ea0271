// Pictures people upload for the portal to show: an organisation's logo (lib/directory/logos.ts),
// a campaign's image (lib/campaigns/image.ts). Each kind is one still PNG, JPEG or WebP (decided by
// content; never SVG, which is a document that can carry scripts), sent as the one file of a
// multipart form, re-encoded and scaled down to fit its kind's box (uploads.ts), so what is kept is
// small and carries no metadata. What the kinds share is here: reading that form into the store
// (with the form's other fields checked before a byte of the file is kept), the refusals as
// statuses, changing the row that points at the file (the file it replaced is deleted once the
// change is committed; the new one when it is not), and opening one to send (the route handlers'
// answers, taking and serving one, are in picture-responses.ts).
import 'server-only';
import { finished } from 'node:stream/promises';
import { buffer } from 'node:stream/consumers';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { fieldRefusal, missing, type Refusal, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import { extensionsByType } from './file-kinds';
import { readFileForm } from './multipart';
import type { FileStore, StoredFile } from './store';
import { storeUpload, type StoredUpload, type UploadOutcome, type UploadRefusal } from './uploads';

/** The types a picture may be, by content. */
export const pictureTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** A picture form's `accept` list: a hint to the file picker; the server decides by content. */
export const acceptedPictureExtensions = pictureTypes
  .flatMap((type) => extensionsByType[type] ?? [])
  .map((extension) => `.${extension}`)
  .join(',');

/** One kind of picture: where its form sends it, and what is kept of it. */
export interface PictureKind {
  /** The form field the file is sent in. */
  field: string;
  /** The box it is scaled down to fit (never enlarged, aspect ratio kept). */
  box: { readonly width: number; readonly height: number };
  /** The most pixels it may have before it is scaled down: refuses a small file that decodes huge. */
  maxInputPixels: number;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

const uploadRefusalStatus = {
  fileMissing: 400,
  fileType: 400,
  fileUnreadable: 400,
  fileTooLarge: 413,
} as const satisfies Record<UploadRefusal, number>;

/** No file where the form needed one: said beside the file field. */
export const pictureMissing = (kind: PictureKind): Refusal => fieldRefusal(400, kind.field, 'fileMissing');

/** What a picture form's other fields read as, or why they are refused. */
export type PictureFields<F> = { ok: true; data: F } | Refusal;

/** What became of the form's file, once it was read (or not kept). */
type HandledFile<F> = { upload: UploadOutcome; fields: F } | { refused: Refusal };

/**
 * Reads a multipart form whose file is sent as `kind.field` and keeps that file in `store` as a
 * picture of its kind. `parseFields` checks the form's other fields (sent before the file, as a
 * browser sends them in the form's order): when it refuses, the file is read and dropped, never
 * stored. A form without a file answers `picture: null` with its fields checked; a file refused
 * for its type, size or content, a form that is not multipart, or a body that breaks after its file
 * leaves nothing in the store.
 */
export async function receivePicture<F extends object = Record<string, never>>(
  request: Request,
  store: FileStore,
  kind: PictureKind,
  parseFields: (fields: Record<string, string>) => PictureFields<F> = () => ({ ok: true, data: {} as F }),
): Promise<PictureFields<{ picture: StoredUpload | null; fields: F }>> {
  const form = await readFileForm<HandledFile<F>>(request, {
    fileField: kind.field,
    maxFileBytes: kind.maxBytes,
    onFile: async (file, fields) => {
      const parsed = parseFields(fields);
      if (!parsed.ok) {
        // Read to its end and dropped, so the answer reaches a sender still sending.
        file.stream.resume();
        await finished(file.stream).catch(() => undefined);
        return { refused: parsed };
      }
      const upload = await storeUpload(store, file.stream, file.name, {
        maxBytes: kind.maxBytes,
        allowedTypes: pictureTypes,
        fitInside: { ...kind.box, maxInputPixels: kind.maxInputPixels },
      });
      return { upload, fields: parsed.data };
    },
    // A body that breaks after its file was stored (a cut-off final boundary) keeps nothing either.
    discard: async (handled) =>
      'upload' in handled && handled.upload.ok ? store.delete(handled.upload.data.storageKey) : undefined,
  });
  if (!form.ok) return pictureMissing(kind);
  if (!form.file) {
    const parsed = parseFields(form.fields);
    return parsed.ok ? { ok: true, data: { picture: null, fields: parsed.data } } : parsed;
  }
  if ('refused' in form.file) return form.file.refused;
  const { upload, fields } = form.file;
  if (!upload.ok) return fieldRefusal(uploadRefusalStatus[upload.reason], kind.field, upload.reason);
  return { ok: true, data: { picture: upload.data, fields } };
}

/** Deletes a file no row points at (any more); a failure leaves an orphan, never a broken picture. */
const discard = (store: FileStore, key: string) => store.delete(key).catch(() => undefined);

/**
 * Changes the row that points at a picture, in one transaction with its audit event: `change`
 * answers the storage key of the file it replaced or removed (or null), and its own value; or null
 * when the record is gone. `picture` is the newly stored file the row now points at, if any: it is
 * deleted when the change is not committed (gone, or failed). The replaced file is deleted once the
 * change is committed, so the row never points at a file that is not there.
 */
export async function changePicture<T>(
  store: FileStore,
  picture: StoredUpload | null,
  change: (tx: Prisma.TransactionClient) => Promise<{ replaced: string | null; value: T } | null>,
): Promise<T | null> {
  let outcome: { replaced: string | null; value: T } | null;
  try {
    outcome = await db.$transaction(change);
  } catch (error) {
    if (picture) await discard(store, picture.storageKey);
    throw error;
  }
  if (!outcome) {
    // Gone between the check and the change.
    if (picture) await discard(store, picture.storageKey);
    return null;
  }
  if (outcome.replaced && outcome.replaced !== picture?.storageKey) await discard(store, outcome.replaced);
  return outcome.value;
}

/** A picture to send: its bytes, its type, and the version its current address carries. */
export interface PictureDownload {
  file: StoredFile;
  contentType: string;
  /** `v` of the picture's current address: a request carrying it may be cached for good. */
  version: string;
  /** Whether a visitor may see it too: only then may shared caches keep it. */
  public: boolean;
}

/** The picture a row points at, from the store; 404 when the row points at none or the file is gone. */
export async function openPicture(
  store: FileStore,
  row: { storageKey: string | null; contentType: string | null; updatedAt: Date | null },
  isPublic: boolean,
): Promise<Result<PictureDownload>> {
  const { storageKey, contentType, updatedAt } = row;
  if (!storageKey || !contentType || !updatedAt) return missing();
  const file = await store.get(storageKey);
  if (!file) return missing();
  return { ok: true, data: { file, contentType, version: String(updatedAt.getTime()), public: isPublic } };
}

/**
 * A picture as a `data:` address of a JPEG that covers `box` (cropped to its shape), for drawing it
 * into another picture (next/og reads PNG and JPEG, not WebP).
 */
export async function pictureAsDataUrl(file: StoredFile, box: { width: number; height: number }): Promise<string> {
  const jpeg = await sharp(await buffer(file.body), { failOn: 'error' })
    .resize({ ...box, fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
