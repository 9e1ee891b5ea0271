// Files in an S3-compatible store (AWS S3, MinIO, Cloudflare R2, …). Uploads stream in parts
// (@aws-sdk/lib-storage's Upload: 5 MB at a time, so memory stays flat whatever the size);
// downloads stream the object's body. The bucket is private: files reach people only through the
// portal, which checks who may see them first.
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, NotFound, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type FileStore } from './store';

export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound'));

export function s3FileStore(settings: S3Settings): FileStore {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
  const Bucket = settings.bucket;

  return {
    kind: 's3',

    async put(key: string, body: Readable, { contentType }: { contentType: string }) {
      assertStorageKey(key);
      let size = 0;
      const counting = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          done(null, chunk);
        },
      });
      const upload = new Upload({ client, params: { Bucket, Key: key, Body: counting, ContentType: contentType } });
      try {
        await Promise.all([pipeline(body, counting), upload.done()]);
      } catch (error) {
        // A source that failed midway (a cut connection) or a store that refused: stop both sides,
        // and let the store drop the parts of an unfinished multipart upload.
        body.destroy();
        counting.destroy();
        await upload.abort().catch(() => undefined);
        throw error;
      }
      return { size };
    },

    async get(key: string) {
      assertStorageKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!(object.Body instanceof Readable)) throw new Error('The S3 client did not stream the object');
        return {
          body: object.Body,
          size: object.ContentLength ?? 0,
          contentType: object.ContentType ?? 'application/octet-stream',
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key: string) {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
