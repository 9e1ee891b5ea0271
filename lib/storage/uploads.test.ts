// The way into the store: a file is kept by its content, not its name; too big is refused without a
// trace; an image loses its metadata.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { localFileStore } from './local';
import { storeUpload } from './uploads';

const root = mkdtempSync(path.join(tmpdir(), 'portal-uploads-'));
const store = localFileStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The files in the store's folder, partial ones included. */
const filesInStore = () => readdirSync(root, { recursive: true }).filter((name) => /[0-9a-f]{32}/.test(String(name)));

/** A stream of `bytes` in small chunks, as a network upload arrives. */
const upload = (bytes: Buffer) => {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 16 * 1024) chunks.push(bytes.subarray(at, at + 16 * 1024));
  return Readable.from(chunks);
};

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('storing an upload', () => {
  it('keeps a PDF under a random key with its size, hash and a clean name', async () => {
    const outcome = await storeUpload(store, upload(pdf), '../../etc/Annual\u202Ereport.pdf', { maxBytes: 1024 });
    expect(outcome).toMatchObject({ ok: true, data: { contentType: 'application/pdf', size: pdf.length } });
    if (!outcome.ok) return;
    expect(outcome.data.fileName).toBe('Annualreport.pdf');
    expect(outcome.data.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(outcome.data.sha256).toMatch(/^[0-9a-f]{64}$/);
    const kept = await store.get(outcome.data.storageKey);
    expect(await buffer(kept!.body)).toEqual(pdf);
  });

  it('refuses a program named .pdf, by its content, and keeps nothing', async () => {
    const before = filesInStore().length;
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 1)]);
    expect(await storeUpload(store, upload(elf), 'report.pdf', { maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      reason: 'fileType',
    });
    expect(filesInStore().length).toBe(before);
  });

  it('keeps text named .pdf as plain text, which is downloaded as such', async () => {
    const outcome = await storeUpload(store, upload(Buffer.from('<script>alert(1)</script>')), 'report.pdf', {
      maxBytes: 1024,
    });
    expect(outcome).toMatchObject({ ok: true, data: { contentType: 'text/plain' } });
  });

  it('refuses a file over the limit midway and leaves no partial file', async () => {
    const before = filesInStore().length;
    const big = Buffer.concat([pdf, Buffer.alloc(200 * 1024, 0x20)]);
    expect(await storeUpload(store, upload(big), 'big.pdf', { maxBytes: 100 * 1024 })).toEqual({
      ok: false,
      reason: 'fileTooLarge',
    });
    expect(filesInStore().length).toBe(before);
  });

  it('refuses an empty file', async () => {
    expect(await storeUpload(store, upload(Buffer.alloc(0)), 'empty.txt', { maxBytes: 1024 })).toEqual({
      ok: false,
      reason: 'fileMissing',
    });
  });

  it('re-encodes a photo: the camera’s metadata (and GPS position) is gone, the picture stays', async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Field monitor', Copyright: 'Secret location' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const outcome = await storeUpload(store, upload(photo), 'IMG_0001.JPG', { maxBytes: 1024 * 1024 });
    expect(outcome).toMatchObject({ ok: true, data: { contentType: 'image/jpeg' } });
    if (!outcome.ok) return;
    const kept = await buffer((await store.get(outcome.data.storageKey))!.body);
    const metadata = await sharp(kept).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 40, height: 30 });
    expect(metadata.exif).toBeUndefined();
    expect(kept.includes(Buffer.from('Secret location'))).toBe(false);
    expect(outcome.data.size).toBe(kept.length);
  });

  it('refuses an image that does not decode, and keeps nothing', async () => {
    const before = filesInStore().length;
    // A real PNG's signature and header, then noise where the pixels should be.
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } })
      .png()
      .toBuffer();
    const broken = Buffer.concat([png.subarray(0, 33), Buffer.alloc(512, 7)]);
    expect(await storeUpload(store, upload(broken), 'chart.png', { maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      reason: 'fileUnreadable',
    });
    expect(filesInStore().length).toBe(before);
  });
});
