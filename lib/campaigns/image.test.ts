// A campaign's image against a real database and the local store: who may set, describe and remove
// it (the staff of the campaign's regions), what is kept of the file (a picture without metadata,
// scaled to fit 1600×900, of an allowed type by content), what it shows (required, one line), what
// is left in the store after a refusal or a replacement, who gets it back, and the audit log.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { localFileStore } from '@/lib/storage/local';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createCampaign, createMember, createOrganization, ensureReferenceData } from '@/prisma/seed/factories';
import { campaignImageMaxBytes, openCampaignImage, removeCampaignImage, setCampaignImage } from './image';
import { getCampaign, getCampaignForEditing } from './queries';

const meta = { ip: '192.0.2.78' };
const root = mkdtempSync(path.join(tmpdir(), 'portal-campaign-images-'));
const store = localFileStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The files in the store's folder, partial ones included. */
const filesInStore = () => readdirSync(root, { recursive: true }).filter((name) => /[0-9a-f]{32}/.test(String(name)));

/** The request the image form sends: what it shows, then the file (when there is one). */
function imageForm(alt: string | null, file?: { bytes: Buffer; name: string; type?: string }) {
  const body = new FormData();
  if (alt !== null) body.set('imageAlt', alt);
  if (file) body.set('image', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'image/png' }), file.name);
  return new Request('http://localhost/api/campaigns/x/image', { method: 'POST', body });
}

/** A multipart request whose body records whether anyone started reading it. */
function watchedForm() {
  const watch = { read: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        watch.read = true;
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request('http://localhost/api/campaigns/x/image', {
    method: 'POST',
    body,
    headers: { 'content-type': 'multipart/form-data; boundary=image-boundary' },
    duplex: 'half',
  } as RequestInit);
  return { request, watch };
}

/** A wide photograph carrying who took it and where. */
const photoWithExif = (width = 2400, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: '#2a6' } })
    .png()
    .withExif({
      IFD0: { Artist: 'Field monitor', Copyright: 'Secret location' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '1/1 2/1 3/1' },
    })
    .toBuffer();

const alt = 'Defenders marching with a banner in Bogotá';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const imageOf = (id: string) =>
  db.campaign.findUniqueOrThrow({
    where: { id },
    select: { imageStorageKey: true, imageContentType: true, imageUpdatedAt: true, imageAlt: true },
  });

const noImage = { imageStorageKey: null, imageContentType: null, imageUpdatedAt: null, imageAlt: '' };

const eventsOf = (id: string, action: string) =>
  db.auditEvent.findMany({ where: { subjectType: 'Campaign', subjectId: id, action }, orderBy: { createdAt: 'asc' } });

describe('campaign images', () => {
  let coordinator: Viewer;
  let otherRegion: Viewer;
  let member: Viewer;

  beforeAll(async () => {
    await ensureReferenceData(db);
    const regions = new Map(
      (await db.region.findMany({ select: { id: true, slug: true } })).map((region) => [region.slug, region.id]),
    );
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['americas'] }), [
      regions.get('americas')!,
    ]);
    otherRegion = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [
      regions.get('africa')!,
    ]);
    const organization = await createOrganization(db, { countries: ['CO'] });
    member = viewerOf(await createMember(db, { organizationId: organization.id }));
  });

  /** A campaign of the Americas, running unless told otherwise. */
  const campaignOf = (status: 'DRAFT' | 'ACTIVE' | 'CLOSED' | 'ARCHIVED' = 'ACTIVE') =>
    createCampaign(db, { status, regions: ['americas'] });

  it('keeps a coordinator’s image scaled to fit 1600×900 without its metadata, audited, at a versioned address', async () => {
    const campaign = await campaignOf();
    const result = await setCampaignImage(
      coordinator,
      campaign.id,
      imageForm(`  ${alt}\n  `, { bytes: await photoWithExif(), name: 'march.png' }),
      meta,
      store,
    );
    expect(result).toMatchObject({
      ok: true,
      message: 'imageChanged',
      data: { slug: campaign.slug, status: 'ACTIVE' },
    });
    const imageUrl = dataOf(result)!.imageUrl!;
    expect(imageUrl).toMatch(new RegExp(`^/campaigns/${campaign.slug}/image\\?v=\\d+$`));

    const row = await imageOf(campaign.id);
    // What it shows, as one line.
    expect(row).toMatchObject({ imageContentType: 'image/png', imageAlt: alt });
    expect(row.imageStorageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(imageUrl).toContain(`v=${row.imageUpdatedAt!.getTime()}`);
    const kept = await buffer((await store.get(row.imageStorageKey!))!.body);
    const metadata = await sharp(kept).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 1600, height: 800 });
    expect(metadata.exif).toBeUndefined();
    expect(kept.includes(Buffer.from('Secret location'))).toBe(false);

    const audit = await eventsOf(campaign.id, 'campaign.imageChanged');
    expect(audit).toEqual([
      expect.objectContaining({ actorId: coordinator.id, ip: meta.ip, before: { image: null, alt: null } }),
    ]);
    expect(audit[0]?.after).toMatchObject({ image: 'image/png', alt, size: kept.length, fileName: 'march.png' });

    // A visitor gets it, with the version its address carries; the page and the staff page name it.
    const download = dataOf(await openCampaignImage(null, campaign.slug, store))!;
    expect(download).toMatchObject({ contentType: 'image/png', version: imageUrl.split('v=')[1], public: true });
    expect(await buffer(download.file.body)).toEqual(kept);
    expect(dataOf(await getCampaign(null, campaign.slug))?.image).toEqual({ url: imageUrl, alt });
    expect(dataOf(await getCampaignForEditing(coordinator, campaign.id))?.image).toEqual({ url: imageUrl, alt });
  });

  it('never enlarges a small image, and keeps a JPEG a JPEG', async () => {
    const campaign = await campaignOf();
    const small = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    expect(
      await setCampaignImage(
        coordinator,
        campaign.id,
        imageForm(alt, { bytes: small, name: 'small.jpg', type: 'image/jpeg' }),
        meta,
        store,
      ),
    ).toMatchObject({ ok: true });
    const row = await imageOf(campaign.id);
    expect(row.imageContentType).toBe('image/jpeg');
    const kept = await buffer((await store.get(row.imageStorageKey!))!.body);
    expect(await sharp(kept).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 200 });
  });

  it('replaces an image: the new file is kept, the old one deleted, the address changes', async () => {
    const campaign = await campaignOf();
    const first = dataOf(
      await setCampaignImage(
        coordinator,
        campaign.id,
        imageForm(alt, { bytes: await photoWithExif(), name: 'one.png' }),
        meta,
        store,
      ),
    )!;
    const firstKey = (await imageOf(campaign.id)).imageStorageKey!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const webp = await sharp({ create: { width: 900, height: 1800, channels: 3, background: '#36c' } })
      .webp()
      .toBuffer();
    const second = dataOf(
      await setCampaignImage(
        coordinator,
        campaign.id,
        imageForm('A portrait of the detained defender', { bytes: webp, name: 'two.webp', type: 'image/webp' }),
        meta,
        store,
      ),
    )!;
    const row = await imageOf(campaign.id);
    expect(row).toMatchObject({ imageContentType: 'image/webp', imageAlt: 'A portrait of the detained defender' });
    expect(row.imageStorageKey).not.toBe(firstKey);
    expect(second.imageUrl).not.toBe(first.imageUrl);
    expect(await store.get(firstKey)).toBeNull();
    const kept = await buffer((await store.get(row.imageStorageKey!))!.body);
    // A tall one fits the box's height.
    expect(await sharp(kept).metadata()).toMatchObject({ format: 'webp', width: 450, height: 900 });
    expect(dataOf(await openCampaignImage(null, campaign.slug, store))!.version).toBe(second.imageUrl!.split('v=')[1]);
    const audit = await eventsOf(campaign.id, 'campaign.imageChanged');
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      before: { image: 'image/png', alt },
      after: { image: 'image/webp', alt: 'A portrait of the detained defender' },
    });
  });

  it('requires what the image shows, at most 300 characters, keeping nothing of the file otherwise', async () => {
    const campaign = await campaignOf();
    const before = filesInStore().length;
    const photo = await photoWithExif();
    for (const [text, key] of [
      [null, 'imageAltRequired'],
      ['   \n ', 'imageAltRequired'],
      ['x'.repeat(301), 'imageAltTooLong'],
      ['…!', 'imageAltInvalid'],
    ] as const) {
      expect(
        await setCampaignImage(coordinator, campaign.id, imageForm(text, { bytes: photo, name: 'a.png' }), meta, store),
      ).toEqual({ ok: false, status: 400, message: 'invalidInput', fieldErrors: { imageAlt: [key] } });
    }
    expect(filesInStore().length).toBe(before);
    expect(await imageOf(campaign.id)).toEqual(noImage);
    expect(await eventsOf(campaign.id, 'campaign.imageChanged')).toEqual([]);
  });

  it('changes what the image shows without a new file; without an image, a file is needed', async () => {
    const campaign = await campaignOf();
    expect(await setCampaignImage(coordinator, campaign.id, imageForm(alt), meta, store)).toEqual({
      ok: false,
      status: 400,
      message: 'fileMissing',
      fieldErrors: { image: ['fileMissing'] },
    });
    await setCampaignImage(
      coordinator,
      campaign.id,
      imageForm(alt, { bytes: await photoWithExif(), name: 'a.png' }),
      meta,
      store,
    );
    const set = await imageOf(campaign.id);
    const result = await setCampaignImage(
      coordinator,
      campaign.id,
      imageForm('The march, seen from above'),
      meta,
      store,
    );
    expect(result).toMatchObject({ ok: true, message: 'imageAltChanged' });
    // The same file at the same address, described anew.
    expect(await imageOf(campaign.id)).toEqual({ ...set, imageAlt: 'The march, seen from above' });
    expect(dataOf(result)?.imageUrl).toContain(`v=${set.imageUpdatedAt!.getTime()}`);
    expect(await store.get(set.imageStorageKey!)).not.toBeNull();
    expect((await eventsOf(campaign.id, 'campaign.imageChanged'))[1]).toMatchObject({
      before: { image: 'image/png', alt },
      after: { image: 'image/png', alt: 'The march, seen from above' },
    });
    // The same words again change nothing and record nothing.
    expect(
      await setCampaignImage(coordinator, campaign.id, imageForm('The march, seen from above'), meta, store),
    ).toMatchObject({ ok: true, message: 'noChanges' });
    expect(await eventsOf(campaign.id, 'campaign.imageChanged')).toHaveLength(2);
  });

  it('refuses by content a PDF named .png, an SVG, a GIF and an image that does not decode, keeping nothing', async () => {
    const campaign = await campaignOf();
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } })
      .png()
      .toBuffer();
    const broken = Buffer.concat([png.subarray(0, 33), Buffer.alloc(512, 7)]);
    const before = filesInStore().length;
    const cases: [Buffer, string, string, string][] = [
      [pdf, 'image.png', 'image/png', 'fileType'],
      [svg, 'image.svg', 'image/svg+xml', 'fileType'],
      [gif, 'image.gif', 'image/gif', 'fileType'],
      [broken, 'image.png', 'image/png', 'fileUnreadable'],
    ];
    for (const [bytes, name, type, reason] of cases) {
      expect(
        await setCampaignImage(coordinator, campaign.id, imageForm(alt, { bytes, name, type }), meta, store),
      ).toEqual({ ok: false, status: 400, message: reason, fieldErrors: { image: [reason] } });
    }
    expect(filesInStore().length).toBe(before);
    expect(await imageOf(campaign.id)).toEqual(noImage);
    expect(await eventsOf(campaign.id, 'campaign.imageChanged')).toEqual([]);
  });

  it('refuses a file over CAMPAIGN_IMAGE_MAX_MB with 413 midway, keeping nothing', async () => {
    const campaign = await campaignOf();
    // Noise does not compress: a PNG larger than the limit.
    const side = Math.ceil(Math.sqrt(campaignImageMaxBytes() / 3)) + 64;
    const noise = Buffer.alloc(side * side * 3);
    for (let at = 0; at < noise.length; at += 1) noise[at] = (at * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(campaignImageMaxBytes());
    const before = filesInStore().length;
    expect(
      await setCampaignImage(coordinator, campaign.id, imageForm(alt, { bytes: big, name: 'big.png' }), meta, store),
    ).toMatchObject({ ok: false, status: 413, fieldErrors: { image: ['fileTooLarge'] } });
    expect(filesInStore().length).toBe(before);
    expect((await imageOf(campaign.id)).imageStorageKey).toBeNull();
  });

  it('refuses a visitor, a member and a coordinator of another region before reading the file, and an archived campaign', async () => {
    const campaign = await campaignOf();
    const before = filesInStore().length;
    for (const [viewer, status] of [
      [null, 401],
      [member, 403],
      [otherRegion, 403],
    ] as const) {
      const { request, watch } = watchedForm();
      expect(await setCampaignImage(viewer, campaign.id, request, meta, store)).toMatchObject({ ok: false, status });
      expect(watch.read).toBe(false);
      // And with a real file: nothing is kept.
      const real = imageForm(alt, { bytes: await photoWithExif(), name: 'a.png' });
      expect(await setCampaignImage(viewer, campaign.id, real, meta, store)).toMatchObject({ status });
    }
    for (const id of ['c0000000000000000000000000', 'no-such-campaign']) {
      const { request, watch } = watchedForm();
      expect(await setCampaignImage(coordinator, id, request, meta, store)).toMatchObject({ status: 404 });
      expect(watch.read).toBe(false);
    }
    const archived = await campaignOf('ARCHIVED');
    const { request, watch } = watchedForm();
    expect(await setCampaignImage(coordinator, archived.id, request, meta, store)).toMatchObject({
      status: 409,
      message: 'archived',
    });
    expect(watch.read).toBe(false);
    expect(filesInStore().length).toBe(before);
    expect(await imageOf(campaign.id)).toEqual(noImage);
    expect(await eventsOf(campaign.id, 'campaign.imageChanged')).toEqual([]);
  });

  it('removes an image for the campaign’s staff: the row, then the file; audited', async () => {
    const campaign = await campaignOf();
    await setCampaignImage(
      coordinator,
      campaign.id,
      imageForm(alt, { bytes: await photoWithExif(), name: 'a.png' }),
      meta,
      store,
    );
    const key = (await imageOf(campaign.id)).imageStorageKey!;
    const input = { campaignId: campaign.id };

    expect(await removeCampaignImage(null, input, meta, store)).toMatchObject({ status: 401 });
    expect(await removeCampaignImage(member, input, meta, store)).toMatchObject({ status: 403 });
    expect(await removeCampaignImage(otherRegion, input, meta, store)).toMatchObject({ status: 403 });
    expect(await removeCampaignImage(coordinator, { campaignId: '../x' }, meta, store)).toMatchObject({ status: 400 });
    expect(await store.get(key)).not.toBeNull();
    expect(await eventsOf(campaign.id, 'campaign.imageRemoved')).toEqual([]);

    expect(await removeCampaignImage(coordinator, input, meta, store)).toEqual({
      ok: true,
      message: 'imageRemoved',
      data: { slug: campaign.slug, status: 'ACTIVE' },
    });
    expect(await imageOf(campaign.id)).toEqual(noImage);
    expect(await store.get(key)).toBeNull();
    expect(await openCampaignImage(null, campaign.slug, store)).toMatchObject({ status: 404 });
    expect(dataOf(await getCampaign(null, campaign.slug))?.image).toBeNull();
    expect(await eventsOf(campaign.id, 'campaign.imageRemoved')).toEqual([
      expect.objectContaining({ actorId: coordinator.id, before: { image: 'image/png', alt }, after: { image: null } }),
    ]);
    // Removing what is not there changes nothing and records nothing.
    expect(await removeCampaignImage(coordinator, input, meta, store)).toMatchObject({ ok: true });
    expect(await eventsOf(campaign.id, 'campaign.imageRemoved')).toHaveLength(1);
  });

  it('keeps a draft’s or an archived campaign’s image from visitors and members, as its page', async () => {
    for (const status of ['DRAFT', 'ARCHIVED'] as const) {
      const campaign = await campaignOf(status === 'ARCHIVED' ? 'ACTIVE' : status);
      await setCampaignImage(
        coordinator,
        campaign.id,
        imageForm(alt, { bytes: await photoWithExif(), name: 'a.png' }),
        meta,
        store,
      );
      if (status === 'ARCHIVED') await db.campaign.update({ where: { id: campaign.id }, data: { status } });
      expect(await openCampaignImage(null, campaign.slug, store)).toMatchObject({ ok: false, status: 404 });
      expect(await openCampaignImage(member, campaign.slug, store)).toMatchObject({ ok: false, status: 404 });
      // Staff see the campaign's page, so its image: never for shared caches.
      expect(dataOf(await openCampaignImage(coordinator, campaign.slug, store))).toMatchObject({ public: false });
      expect(dataOf(await openCampaignImage(otherRegion, campaign.slug, store))).toMatchObject({ public: false });
    }
    const closed = await campaignOf('CLOSED');
    await setCampaignImage(
      coordinator,
      closed.id,
      imageForm(alt, { bytes: await photoWithExif(), name: 'a.png' }),
      meta,
      store,
    );
    expect(dataOf(await openCampaignImage(null, closed.slug, store))).toMatchObject({ public: true });
    expect(await openCampaignImage(null, 'no-such-campaign', store)).toMatchObject({ status: 404 });
    expect(await openCampaignImage(null, 'a\u0000b', store)).toMatchObject({ status: 404 });
  });
});
