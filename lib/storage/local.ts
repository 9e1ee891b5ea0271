// Files in a folder of this machine (PORTAL_DATA_DIR/files by default): one file per key, spread
// over 256 subfolders by the key's first two characters, and a small JSON sidecar with the type.
// A file is written to a temporary name and renamed when complete, so a reader never sees half of
// one and a failed upload leaves nothing behind.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStore } from './store';

export function localFileStore(root: string): FileStore {
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), key);
  const metaOf = (key: string) => `${fileOf(key)}.json`;

  return {
    kind: 'local',

    async put(key: string, body: Readable, { contentType }: { contentType: string }) {
      assertStorageKey(key);
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.${Date.now()}.partial`;
      try {
        await pipeline(body, createWriteStream(partial, { flags: 'wx' }));
        await writeFile(`${partial}.json`, JSON.stringify({ contentType }));
        await rename(`${partial}.json`, metaOf(key));
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        await rm(`${partial}.json`, { force: true });
        throw error;
      }
      return { size: (await stat(file)).size };
    },

    async get(key: string) {
      assertStorageKey(key);
      const file = fileOf(key);
      const size = await stat(file).then(
        (info) => info.size,
        () => null,
      );
      if (size === null) return null;
      const meta = JSON.parse(await readFile(metaOf(key), 'utf8')) as { contentType: string };
      return { body: createReadStream(file), size, contentType: meta.contentType };
    },

    async delete(key: string) {
      assertStorageKey(key);
      await rm(fileOf(key), { force: true });
      await rm(metaOf(key), { force: true });
    },
  };
}
