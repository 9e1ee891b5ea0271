// Both drivers through the same tests: the data folder, and S3 against a real S3 API server on
// loopback (s3rver), so what the portal does with files is the same whichever store it runs on.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStore } from './local';
import { s3FileStore } from './s3';
import { newStorageKey, type FileStore } from './store';

const folders: string[] = [];
const newFolder = (label: string) => {
  const folder = mkdtempSync(path.join(tmpdir(), `portal-${label}-`));
  folders.push(folder);
  return folder;
};

let s3rver: S3rver;
const bucket = 'portal-files';
const stores: Record<'local' | 's3', () => FileStore> = {
  local: () => localFileStore(localRoot),
  s3: () => s3Store,
};
let localRoot = '';
let s3Store: FileStore;

beforeAll(async () => {
  localRoot = newFolder('files');
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: newFolder('s3rver') });
  const { port } = await s3rver.run();
  const settings = {
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  await new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
  }).send(new CreateBucketCommand({ Bucket: bucket }));
  s3Store = s3FileStore(settings);
});

afterAll(async () => {
  await s3rver?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** `size` bytes of a repeatable pattern, in 64 kB chunks, never all in memory at once. */
function patternStream(size: number, failAfter?: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && sent >= failAfter) {
        this.destroy(new Error('the connection was cut'));
        return;
      }
      if (sent >= size) {
        this.push(null);
        return;
      }
      const length = Math.min(64 * 1024, size - sent);
      const chunk = Buffer.alloc(length, (sent / 64 / 1024) % 251);
      sent += length;
      this.push(chunk);
    },
  });
}

async function sha256(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

for (const kind of ['local', 's3'] as const) {
  describe(`the ${kind} file store`, () => {
    it('keeps a file under a random key with its type, and forgets it when deleted', async () => {
      const store = stores[kind]();
      const key = newStorageKey();
      expect(
        await store.put(key, Readable.from([Buffer.from('%PDF-1.7 report')]), { contentType: 'application/pdf' }),
      ).toEqual({
        size: 15,
      });
      const file = await store.get(key);
      expect(file).toMatchObject({ size: 15, contentType: 'application/pdf' });
      expect(Buffer.concat(await file!.body.toArray()).toString()).toBe('%PDF-1.7 report');

      expect(await store.get(newStorageKey())).toBeNull();
      await store.delete(key);
      expect(await store.get(key)).toBeNull();
      await store.delete(key);
    });

    it('streams a 12 MB file in and out unchanged (several parts on S3)', async () => {
      const store = stores[kind]();
      const key = newStorageKey();
      const size = 12 * 1024 * 1024;
      expect(await store.put(key, patternStream(size), { contentType: 'application/zip' })).toEqual({ size });
      const file = await store.get(key);
      expect(file?.size).toBe(size);
      expect(await sha256(file!.body)).toBe(await sha256(patternStream(size)));
    });

    it('keeps nothing of an upload whose source fails midway', async () => {
      const store = stores[kind]();
      const key = newStorageKey();
      await expect(
        store.put(key, patternStream(8 * 1024 * 1024, 6 * 1024 * 1024), { contentType: 'text/plain' }),
      ).rejects.toThrow('the connection was cut');
      expect(await store.get(key)).toBeNull();
    });

    it('refuses anything but a key it made: paths, dots, names', async () => {
      const store = stores[kind]();
      for (const key of [
        '../../etc/passwd',
        '..',
        'report.pdf',
        `${newStorageKey()}/x`,
        newStorageKey().toUpperCase(),
        '',
      ]) {
        await expect(store.get(key)).rejects.toThrow('Not a storage key');
        await expect(store.put(key, Readable.from(['x']), { contentType: 'text/plain' })).rejects.toThrow(
          'Not a storage key',
        );
        await expect(store.delete(key)).rejects.toThrow('Not a storage key');
      }
    });
  });
}

it('leaves no partial file in the data folder after a failed upload', async () => {
  const root = newFolder('partial');
  const store = localFileStore(root);
  await expect(
    store.put(newStorageKey(), patternStream(1024 * 1024, 512 * 1024), { contentType: 'text/plain' }),
  ).rejects.toThrow();
  const left = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(left).toEqual([]);
});
