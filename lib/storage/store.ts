// Where files live: one interface, two drivers. The local data folder by default (local.ts); any
// S3-compatible store when S3_BUCKET is set (s3.ts). Callers never choose a key: `newStorageKey()`
// makes a random one, so a key says nothing about the file and cannot be guessed, and a name a
// person gave is kept (sanitised) in the database for display only.
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

export interface StoredFile {
  /** The bytes, streamed: a large file is never held in memory. */
  body: Readable;
  size: number;
  contentType: string;
}

export interface FileStore {
  /** Which driver this is, for logs and the health page. */
  readonly kind: 'local' | 's3';
  /** Streams `body` into the store under `key`; resolves with the number of bytes written. */
  put(key: string, body: Readable, options: { contentType: string }): Promise<{ size: number }>;
  /** The file, or null when there is none under `key`. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

/** What every key looks like: 32 lowercase hex characters (128 random bits). */
export const storageKeyPattern = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Refuses anything that is not a key the portal made (a path, `..`, a name) before any driver uses it. */
export function assertStorageKey(key: string): void {
  if (!storageKeyPattern.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 80))}`);
}
