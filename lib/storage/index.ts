// The portal's file store, chosen by the settings: S3 when S3_BUCKET is set, else the data folder.
import path from 'node:path';
import { env } from '../env';
import { localFileStore } from './local';
import { s3FileStore } from './s3';
import type { FileStore } from './store';

export { newStorageKey, type FileStore, type StoredFile } from './store';

let store: FileStore | null = null;

export function fileStore(): FileStore {
  store ??= env.S3_BUCKET
    ? s3FileStore({
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      })
    : localFileStore(path.resolve(env.PORTAL_DATA_DIR, 'files'));
  return store;
}
