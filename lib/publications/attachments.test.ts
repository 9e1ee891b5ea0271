// A publication's files against a real database and the local store: who may add, order and remove
// them, and who gets them back on every path (the publication's address, an old one, a guessed id,
// a members-only file after signing out).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { localFileStore } from '@/lib/storage/local';
import { publicationFormValues } from '@/lib/testing/publications';
import { fileUploadRequest, samplePdf } from '@/lib/testing/uploads';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { addAttachment, changeAttachment, openAttachment } from './attachments';
import { createPublication, transitionPublication, updatePublication } from './mutations';

const meta = { ip: '192.0.2.41' };
const root = mkdtempSync(path.join(tmpdir(), 'portal-attachments-'));
const store = localFileStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pdf = samplePdf;
const fileForm = (bytes: Buffer, name: string, title = '') => fileUploadRequest(bytes, name, { title });

const publicationForm = (overrides: Record<string, string | string[]> = {}) =>
  publicationFormValues({ title: `Toolkit for monitors ${uniqueSuffix()}`, ...overrides });

describe('the files of a publication', () => {
  let coordinator: Viewer;
  let otherRegion: Viewer;
  let member: Viewer;

  beforeAll(async () => {
    await ensureReferenceData(db);
    const regions = await db.region.findMany({ select: { id: true, slug: true } });
    const idOf = (slug: string) => regions.find((region) => region.slug === slug)!.id;
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [
      idOf('africa'),
    ]);
    otherRegion = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['europe'] }), [
      idOf('europe'),
    ]);
    const organization = await createOrganization(db, { countries: ['KE'] });
    member = viewerOf(await createMember(db, { organizationId: organization.id }));
  });

  async function draft(overrides: Record<string, string | string[]> = {}) {
    return dataOf(await createPublication(coordinator, publicationForm(overrides), meta))!;
  }
  const publish = (publicationId: string) =>
    transitionPublication(coordinator, { publicationId, transition: 'publish' }, meta);
  const titles = async (publicationId: string) =>
    (await db.attachment.findMany({ where: { publicationId }, orderBy: { position: 'asc' } })).map(
      (file) => file.title,
    );

  it('adds files in order for an editor, audited, and refuses everyone else before reading the file', async () => {
    const { id } = await draft();
    const first = await addAttachment(coordinator, id, fileForm(pdf('one'), 'one.pdf', 'Summary'), meta, store);
    expect(first).toMatchObject({ ok: true, data: { attachment: { title: 'Summary', fileName: 'one.pdf' } } });
    const second = await addAttachment(coordinator, id, fileForm(pdf('two'), 'Full report.pdf'), meta, store);
    // No title given: the file's name stands in.
    expect(second).toMatchObject({ ok: true, data: { attachment: { title: 'Full report.pdf' } } });
    expect(await titles(id)).toEqual(['Summary', '']);

    expect(await addAttachment(null, id, fileForm(pdf('x'), 'x.pdf'), meta, store)).toMatchObject({ status: 401 });
    expect(await addAttachment(member, id, fileForm(pdf('x'), 'x.pdf'), meta, store)).toMatchObject({ status: 403 });
    expect(await addAttachment(otherRegion, id, fileForm(pdf('x'), 'x.pdf'), meta, store)).toMatchObject({
      status: 403,
    });
    expect(await addAttachment(coordinator, 'no-such-id', fileForm(pdf('x'), 'x.pdf'), meta, store)).toMatchObject({
      status: 404,
    });
    expect(await titles(id)).toHaveLength(2);
    const audit = await db.auditEvent.findMany({ where: { subjectId: id, action: 'publication.fileAdded' } });
    expect(audit).toHaveLength(2);
  });

  it('refuses a program named .pdf beside the file field, and keeps no row', async () => {
    const { id } = await draft();
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048, 0x90)]);
    const refused = await addAttachment(coordinator, id, fileForm(program, 'report.pdf'), meta, store);
    expect(refused).toMatchObject({ ok: false, status: 400, fieldErrors: { file: ['fileType'] } });
    expect(await titles(id)).toEqual([]);
  });

  it('refuses a form without a file, or not multipart at all', async () => {
    const { id } = await draft();
    const empty = new FormData();
    empty.set('title', 'Nothing');
    const noFile = new Request('http://localhost/', { method: 'POST', body: empty });
    expect(await addAttachment(coordinator, id, noFile, meta, store)).toMatchObject({
      status: 400,
      fieldErrors: { file: ['fileMissing'] },
    });
    const json = new Request('http://localhost/', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await addAttachment(coordinator, id, json, meta, store)).toMatchObject({ status: 400 });
  });

  it('keeps nothing of a body cut off after its file', async () => {
    const { id } = await draft();
    // The file's part is complete; the form's closing boundary never comes.
    const body = Buffer.concat([
      Buffer.from('--cut\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\n'),
      Buffer.from('Content-Type: application/pdf\r\n\r\n'),
      pdf('cut'),
      Buffer.from('\r\n--cut'),
    ]);
    const request = new Request('http://localhost/', {
      method: 'POST',
      body,
      headers: { 'content-type': 'multipart/form-data; boundary=cut' },
    });
    const stored = () =>
      readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
    const before = stored();
    expect(await addAttachment(coordinator, id, request, meta, store)).toMatchObject({ status: 400 });
    expect(stored()).toBe(before);
    expect(await titles(id)).toEqual([]);
  });

  it('moves a file up and down and removes it (row and bytes)', async () => {
    const { id } = await draft();
    for (const title of ['A', 'B', 'C'])
      await addAttachment(coordinator, id, fileForm(pdf(title), `${title}.pdf`, title), meta, store);
    const files = await db.attachment.findMany({ where: { publicationId: id }, orderBy: { position: 'asc' } });
    const [a, , c] = files;
    expect(
      await changeAttachment(coordinator, { publicationId: id, attachmentId: c!.id, step: 'up' }, meta, store),
    ).toMatchObject({
      ok: true,
    });
    expect(await titles(id)).toEqual(['A', 'C', 'B']);
    // The first cannot go higher: nothing changes.
    await changeAttachment(coordinator, { publicationId: id, attachmentId: a!.id, step: 'up' }, meta, store);
    expect(await titles(id)).toEqual(['A', 'C', 'B']);
    await changeAttachment(coordinator, { publicationId: id, attachmentId: a!.id, step: 'down' }, meta, store);
    expect(await titles(id)).toEqual(['C', 'A', 'B']);

    expect(
      await changeAttachment(member, { publicationId: id, attachmentId: a!.id, step: 'remove' }, meta, store),
    ).toMatchObject({
      status: 403,
    });
    expect(
      await changeAttachment(coordinator, { publicationId: id, attachmentId: a!.id, step: 'remove' }, meta, store),
    ).toMatchObject({
      ok: true,
    });
    expect(await titles(id)).toEqual(['C', 'B']);
    expect(await store.get(a!.storageKey)).toBeNull();
    // A file of another publication is not found through this one.
    const other = await draft();
    expect(
      await changeAttachment(
        coordinator,
        { publicationId: other.id, attachmentId: c!.id, step: 'remove' },
        meta,
        store,
      ),
    ).toMatchObject({
      status: 404,
    });
  });

  it('hands a draft’s file to its editors only, a published one to everyone, and follows an old address', async () => {
    const { id, slug } = await draft();
    const added = dataOf(await addAttachment(coordinator, id, fileForm(pdf('public'), 'public.pdf'), meta, store))!;
    const fileId = added.attachment.id;
    expect(await openAttachment(null, slug, fileId, store)).toMatchObject({ status: 404 });
    expect(await openAttachment(member, slug, fileId, store)).toMatchObject({ status: 404 });
    const forEditor = dataOf(await openAttachment(coordinator, slug, fileId, store))!;
    expect('download' in forEditor && (await buffer(forEditor.download.file.body))).toEqual(pdf('public'));

    await publish(id);
    const forVisitor = dataOf(await openAttachment(null, slug, fileId, store))!;
    expect(forVisitor).toMatchObject({ download: { fileName: 'public.pdf', contentType: 'application/pdf' } });
    // Through another publication's address, or a guessed id: not found.
    const other = await draft();
    await publish(other.id);
    expect(await openAttachment(null, other.slug, fileId, store)).toMatchObject({ status: 404 });
    expect(await openAttachment(null, slug, 'c0000000000000000000000000', store)).toMatchObject({ status: 404 });
    expect(await openAttachment(null, 'a\u0000b', '\u0000', store)).toMatchObject({ status: 404 });
    expect(await openAttachment(null, slug, `${fileId}'--`, store)).toMatchObject({ status: 404 });
    // Renamed: the old address leads to the new one.
    const renamed = await updatePublication(
      coordinator,
      { ...publicationForm({ title: `Renamed toolkit ${uniqueSuffix()}` }), publicationId: id },
      meta,
    );
    const newSlug = dataOf(renamed)!.slug;
    expect(await openAttachment(null, slug, fileId, store)).toEqual({ ok: true, data: { moved: newSlug } });
    // Public files are not logged.
    expect(await db.downloadLog.count({ where: { attachmentId: fileId } })).toBe(0);
  });

  it('keeps a members-only file from visitors (signing in opens it) and logs each member’s download', async () => {
    const { id, slug } = await draft({ visibility: 'MEMBERS' });
    const added = dataOf(await addAttachment(coordinator, id, fileForm(pdf('members'), 'members.pdf'), meta, store))!;
    const fileId = added.attachment.id;
    await publish(id);
    expect(await openAttachment(null, slug, fileId, store)).toMatchObject({ ok: false, status: 401 });
    const forMember = dataOf(await openAttachment(member, slug, fileId, store))!;
    expect(forMember).toMatchObject({ download: { visibility: 'MEMBERS' } });
    const log = await db.downloadLog.findMany({ where: { attachmentId: fileId } });
    expect(log).toEqual([expect.objectContaining({ memberId: member.id })]);
    // Taken out of the library: the file goes with it, for members too.
    await transitionPublication(coordinator, { publicationId: id, transition: 'unpublish' }, meta);
    expect(await openAttachment(member, slug, fileId, store)).toMatchObject({ status: 404 });
    expect(await openAttachment(null, slug, fileId, store)).toMatchObject({ status: 404 });
  });
});
