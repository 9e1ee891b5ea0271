// Organisation logos against a real database and the local store: who may set and remove one, what
// is kept of the file (a small image without metadata, of an allowed type by content), what is
// left in the store after a refusal or a replacement, and who gets it back.
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
import { createMember, createOrganization, ensureReferenceData } from '@/prisma/seed/factories';
import { logoMaxBytes, openOrganizationLogo, removeOrganizationLogo, setOrganizationLogo } from './logos';
import { getOrganization, getOrganizationForEditing, listOrganizations } from './queries';
import { parseDirectoryFilters } from './schemas';

const meta = { ip: '192.0.2.77' };
const root = mkdtempSync(path.join(tmpdir(), 'portal-logos-'));
const store = localFileStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The files in the store's folder, partial ones included. */
const filesInStore = () => readdirSync(root, { recursive: true }).filter((name) => /[0-9a-f]{32}/.test(String(name)));

/** The request the logo form sends: one file field, `logo`. */
function logoForm(bytes: Buffer, name: string, type = 'image/png') {
  const body = new FormData();
  body.set('logo', new Blob([new Uint8Array(bytes)], { type }), name);
  return new Request('http://localhost/api/organizations/x/logo', { method: 'POST', body });
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
  const request = new Request('http://localhost/api/organizations/x/logo', {
    method: 'POST',
    body,
    headers: { 'content-type': 'multipart/form-data; boundary=logo-boundary' },
    duplex: 'half',
  } as RequestInit);
  return { request, watch };
}

/** A wide PNG carrying who took it and where. */
const photoWithExif = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a6' } })
    .png()
    .withExif({
      IFD0: { Artist: 'Field monitor', Copyright: 'Secret location' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '1/1 2/1 3/1' },
    })
    .toBuffer();

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const logoOf = (id: string) =>
  db.organization.findUniqueOrThrow({
    where: { id },
    select: { logoStorageKey: true, logoContentType: true, logoUpdatedAt: true },
  });

const eventsOf = (id: string, action: string) =>
  db.auditEvent.findMany({
    where: { subjectType: 'Organization', subjectId: id, action },
    orderBy: { createdAt: 'asc' },
  });

describe('organisation logos', () => {
  let regionIds: Map<string, string>;
  let coordinator: Viewer;
  let otherRegion: Viewer;

  beforeAll(async () => {
    await ensureReferenceData(db);
    const regions = await db.region.findMany({ select: { id: true, slug: true } });
    regionIds = new Map(regions.map((region) => [region.slug, region.id]));
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [
      regionIds.get('africa')!,
    ]);
    otherRegion = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['europe'] }), [
      regionIds.get('europe')!,
    ]);
  });

  /** An organisation in Kenya (Africa) and one of its members. */
  async function organizationWithMember(
    status: 'ACTIVE' | 'LAPSED' | 'APPLIED' = 'ACTIVE',
    type: 'NGO' | 'MEDIA' = 'NGO',
  ) {
    const organization = await createOrganization(db, { countries: ['KE'], status, type });
    const member = viewerOf(await createMember(db, { organizationId: organization.id }));
    return { organization, member };
  }

  it('keeps a member’s logo small and without its metadata, audited, and serves it at a versioned address', async () => {
    const { organization, member } = await organizationWithMember();
    const result = await setOrganizationLogo(
      member,
      organization.id,
      logoForm(await photoWithExif(), 'logo.png'),
      meta,
      store,
    );
    expect(result).toMatchObject({ ok: true, message: 'logoChanged' });
    const logoUrl = dataOf(result)!.logoUrl;
    expect(logoUrl).toMatch(new RegExp(`^/directory/${organization.slug}/logo\\?v=\\d+$`));

    const row = await logoOf(organization.id);
    expect(row.logoContentType).toBe('image/png');
    expect(row.logoStorageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(logoUrl).toContain(`v=${row.logoUpdatedAt!.getTime()}`);
    const kept = await buffer((await store.get(row.logoStorageKey!))!.body);
    const metadata = await sharp(kept).metadata();
    // Scaled down to fit 400×400, its shape kept; nothing of what the file said about itself.
    expect(metadata).toMatchObject({ format: 'png', width: 400, height: 267 });
    expect(metadata.exif).toBeUndefined();
    expect(kept.includes(Buffer.from('Secret location'))).toBe(false);
    expect(kept.includes(Buffer.from('Field monitor'))).toBe(false);

    const audit = await eventsOf(organization.id, 'organization.logoChanged');
    expect(audit).toEqual([expect.objectContaining({ actorId: member.id, ip: meta.ip, before: { logo: null } })]);
    expect(audit[0]?.after).toMatchObject({ logo: 'image/png', size: kept.length, fileName: 'logo.png' });

    // A visitor gets it, with the version its current address carries.
    const download = dataOf(await openOrganizationLogo(null, organization.slug, store))!;
    expect(download).toMatchObject({ contentType: 'image/png', version: logoUrl.split('v=')[1], public: true });
    expect(await buffer(download.file.body)).toEqual(kept);
  });

  it('never enlarges a small logo, and keeps a JPEG a JPEG', async () => {
    const { organization, member } = await organizationWithMember();
    const small = await sharp({ create: { width: 120, height: 60, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    expect(
      await setOrganizationLogo(member, organization.id, logoForm(small, 'logo.jpg', 'image/jpeg'), meta, store),
    ).toMatchObject({ ok: true });
    const row = await logoOf(organization.id);
    expect(row.logoContentType).toBe('image/jpeg');
    const kept = await buffer((await store.get(row.logoStorageKey!))!.body);
    expect(await sharp(kept).metadata()).toMatchObject({ format: 'jpeg', width: 120, height: 60 });
  });

  it('replaces a logo: the new file is kept, the old one deleted, the address changes', async () => {
    const { organization, member } = await organizationWithMember();
    const first = dataOf(
      await setOrganizationLogo(member, organization.id, logoForm(await photoWithExif(), 'one.png'), meta, store),
    )!;
    const firstKey = (await logoOf(organization.id)).logoStorageKey!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const webp = await sharp({ create: { width: 500, height: 500, channels: 4, background: '#36c8' } })
      .webp()
      .toBuffer();
    const second = dataOf(
      await setOrganizationLogo(coordinator, organization.id, logoForm(webp, 'two.webp', 'image/webp'), meta, store),
    )!;
    const row = await logoOf(organization.id);
    expect(row.logoContentType).toBe('image/webp');
    expect(row.logoStorageKey).not.toBe(firstKey);
    expect(second.logoUrl).not.toBe(first.logoUrl);
    expect(await store.get(firstKey)).toBeNull();
    expect(await store.get(row.logoStorageKey!)).not.toBeNull();
    // The old address no longer matches the version (so it is not cached for good).
    expect(dataOf(await openOrganizationLogo(null, organization.slug, store))!.version).toBe(
      second.logoUrl.split('v=')[1],
    );
    const audit = await eventsOf(organization.id, 'organization.logoChanged');
    expect(audit.map((event) => event.actorId)).toEqual([member.id, coordinator.id]);
    expect(audit[1]).toMatchObject({ before: { logo: 'image/png' }, after: { logo: 'image/webp' } });
  });

  it('refuses by content a PDF named .png, an SVG, a GIF and an image that does not decode, keeping nothing', async () => {
    const { organization, member } = await organizationWithMember();
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
      [pdf, 'logo.png', 'image/png', 'fileType'],
      [svg, 'logo.svg', 'image/svg+xml', 'fileType'],
      [gif, 'logo.gif', 'image/gif', 'fileType'],
      [broken, 'logo.png', 'image/png', 'fileUnreadable'],
    ];
    for (const [bytes, name, type, reason] of cases) {
      expect(await setOrganizationLogo(member, organization.id, logoForm(bytes, name, type), meta, store)).toEqual({
        ok: false,
        status: 400,
        message: reason,
        fieldErrors: { logo: [reason] },
      });
    }
    expect(filesInStore().length).toBe(before);
    expect(await logoOf(organization.id)).toEqual({ logoStorageKey: null, logoContentType: null, logoUpdatedAt: null });
    expect(await eventsOf(organization.id, 'organization.logoChanged')).toEqual([]);
  });

  it('refuses a file over LOGO_MAX_MB with 413 midway, keeping nothing', async () => {
    const { organization, member } = await organizationWithMember();
    // Noise does not compress: a PNG larger than the limit.
    const side = Math.ceil(Math.sqrt(logoMaxBytes() / 3)) + 64;
    const noise = Buffer.alloc(side * side * 3);
    for (let at = 0; at < noise.length; at += 1) noise[at] = (at * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.length).toBeGreaterThan(logoMaxBytes());
    const before = filesInStore().length;
    expect(await setOrganizationLogo(member, organization.id, logoForm(big, 'big.png'), meta, store)).toMatchObject({
      ok: false,
      status: 413,
      fieldErrors: { logo: ['fileTooLarge'] },
    });
    expect(filesInStore().length).toBe(before);
    expect((await logoOf(organization.id)).logoStorageKey).toBeNull();
  });

  it('refuses a visitor, a member of another organisation and a coordinator of another region before reading the file', async () => {
    const { organization } = await organizationWithMember();
    const { member: outsider } = await organizationWithMember();
    const before = filesInStore().length;
    for (const [viewer, status] of [
      [null, 401],
      [outsider, 403],
      [otherRegion, 403],
    ] as const) {
      const { request, watch } = watchedForm();
      expect(await setOrganizationLogo(viewer, organization.id, request, meta, store)).toMatchObject({
        ok: false,
        status,
      });
      expect(watch.read).toBe(false);
      // And with a real file: nothing is kept.
      const real = logoForm(await photoWithExif(), 'logo.png');
      expect(await setOrganizationLogo(viewer, organization.id, real, meta, store)).toMatchObject({ status });
    }
    const { request, watch } = watchedForm();
    expect(await setOrganizationLogo(coordinator, 'c0000000000000000000000000', request, meta, store)).toMatchObject({
      status: 404,
    });
    expect(watch.read).toBe(false);
    expect(filesInStore().length).toBe(before);
    expect((await logoOf(organization.id)).logoStorageKey).toBeNull();
    expect(await eventsOf(organization.id, 'organization.logoChanged')).toEqual([]);
  });

  it('keeps nothing of a body cut off after its file', async () => {
    const { organization, member } = await organizationWithMember();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } })
      .png()
      .toBuffer();
    // The file's part is complete, the form's closing boundary never comes.
    const body = Buffer.concat([
      Buffer.from('--cut\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\n'),
      Buffer.from('Content-Type: image/png\r\n\r\n'),
      png,
      Buffer.from('\r\n--cut'),
    ]);
    const request = new Request('http://localhost/', {
      method: 'POST',
      body,
      headers: { 'content-type': 'multipart/form-data; boundary=cut' },
    });
    const before = filesInStore().length;
    expect(await setOrganizationLogo(member, organization.id, request, meta, store)).toMatchObject({
      status: 400,
      fieldErrors: { logo: ['fileMissing'] },
    });
    expect(filesInStore().length).toBe(before);
    expect((await logoOf(organization.id)).logoStorageKey).toBeNull();
  });

  it('refuses a form without a file, or not multipart at all', async () => {
    const { organization, member } = await organizationWithMember();
    const empty = new FormData();
    empty.set('other', 'x');
    const noFile = new Request('http://localhost/', { method: 'POST', body: empty });
    expect(await setOrganizationLogo(member, organization.id, noFile, meta, store)).toMatchObject({
      status: 400,
      fieldErrors: { logo: ['fileMissing'] },
    });
    const json = new Request('http://localhost/', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await setOrganizationLogo(member, organization.id, json, meta, store)).toMatchObject({ status: 400 });
  });

  it('removes a logo for those who may edit the profile: the row, then the file; audited', async () => {
    const { organization, member } = await organizationWithMember();
    const { member: outsider } = await organizationWithMember();
    await setOrganizationLogo(member, organization.id, logoForm(await photoWithExif(), 'logo.png'), meta, store);
    const key = (await logoOf(organization.id)).logoStorageKey!;
    const input = { organizationId: organization.id };

    expect(await removeOrganizationLogo(null, input, meta, store)).toMatchObject({ status: 401 });
    expect(await removeOrganizationLogo(outsider, input, meta, store)).toMatchObject({ status: 403 });
    expect(await removeOrganizationLogo(otherRegion, input, meta, store)).toMatchObject({ status: 403 });
    expect(await removeOrganizationLogo(member, { organizationId: '../x' }, meta, store)).toMatchObject({
      status: 400,
    });
    expect(await store.get(key)).not.toBeNull();
    expect(await eventsOf(organization.id, 'organization.logoRemoved')).toEqual([]);

    expect(await removeOrganizationLogo(member, input, meta, store)).toEqual({
      ok: true,
      message: 'logoRemoved',
      data: { slug: organization.slug },
    });
    expect(await logoOf(organization.id)).toEqual({ logoStorageKey: null, logoContentType: null, logoUpdatedAt: null });
    expect(await store.get(key)).toBeNull();
    expect(await openOrganizationLogo(null, organization.slug, store)).toMatchObject({ status: 404 });
    expect(await eventsOf(organization.id, 'organization.logoRemoved')).toEqual([
      expect.objectContaining({ actorId: member.id, before: { logo: 'image/png' }, after: { logo: null } }),
    ]);
    // Removing what is not there changes nothing and records nothing.
    expect(await removeOrganizationLogo(member, input, meta, store)).toMatchObject({ ok: true });
    expect(await eventsOf(organization.id, 'organization.logoRemoved')).toHaveLength(1);
  });

  it('keeps a lapsed or applied organisation’s logo from visitors and other members, as its page', async () => {
    for (const status of ['LAPSED', 'APPLIED'] as const) {
      const { organization, member } = await organizationWithMember(status);
      const { member: outsider } = await organizationWithMember();
      await setOrganizationLogo(coordinator, organization.id, logoForm(await photoWithExif(), 'logo.png'), meta, store);
      expect(await openOrganizationLogo(null, organization.slug, store)).toMatchObject({ ok: false, status: 404 });
      expect(await openOrganizationLogo(outsider, organization.slug, store)).toMatchObject({ ok: false, status: 404 });
      // Staff see the organisation, and its own members check the logo they set: never for shared caches.
      expect(dataOf(await openOrganizationLogo(otherRegion, organization.slug, store))).toMatchObject({
        public: false,
      });
      expect(dataOf(await openOrganizationLogo(member, organization.slug, store))).toMatchObject({ public: false });
    }
    expect(await openOrganizationLogo(null, 'no-such-organization', store)).toMatchObject({ status: 404 });
    expect(await openOrganizationLogo(null, 'a\u0000b', store)).toMatchObject({ status: 404 });
  });

  it('gives the directory, the profile and the profile form the logo’s address, or null', async () => {
    // The only media organisations of this file: both on the directory's first page.
    const { organization, member } = await organizationWithMember('ACTIVE', 'MEDIA');
    const { organization: plain } = await organizationWithMember('ACTIVE', 'MEDIA');
    const { logoUrl } = dataOf(
      await setOrganizationLogo(member, organization.id, logoForm(await photoWithExif(), 'logo.png'), meta, store),
    )!;
    const listed = (await listOrganizations(null, parseDirectoryFilters({ type: 'MEDIA' }))).items;
    expect(listed.find((item) => item.slug === organization.slug)?.logoUrl).toBe(logoUrl);
    expect(listed.find((item) => item.slug === plain.slug)?.logoUrl).toBeNull();
    expect(dataOf(await getOrganization(null, organization.slug))?.logoUrl).toBe(logoUrl);
    expect(dataOf(await getOrganization(null, plain.slug))?.logoUrl).toBeNull();
    expect(dataOf(await getOrganizationForEditing(member, null))?.logoUrl).toBe(logoUrl);
  });
});
