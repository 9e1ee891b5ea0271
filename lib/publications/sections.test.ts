// A toolkit's sections against a real database and the local store: who may add, edit, order and
// remove them, what each change leaves behind (positions, files, audit), and the zip of every file a
// reader may download.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { localFileStore } from '@/lib/storage/local';
import { publicationFormValues } from '@/lib/testing/publications';
import { fileUploadRequest, samplePdf } from '@/lib/testing/uploads';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { archiveLayout, openPublicationArchive } from './archive';
import { addAttachment, changeAttachment } from './attachments';
import { createPublication, transitionPublication, updatePublication } from './mutations';
import { addSection, changeSection, updateSection } from './sections';

const meta = { ip: '192.0.2.42' };
const root = mkdtempSync(path.join(tmpdir(), 'portal-sections-'));
const store = localFileStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pdf = samplePdf;
const fileForm = (bytes: Buffer, name: string, sectionId?: string, type?: string) =>
  fileUploadRequest(bytes, name, { sectionId, type });

const headings = async (publicationId: string) =>
  (await db.toolkitSection.findMany({ where: { publicationId }, orderBy: { position: 'asc' } })).map((section) => [
    section.position,
    section.heading,
  ]);

describe('the sections of a toolkit', () => {
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

  async function toolkit(overrides: Record<string, string | string[]> = {}) {
    const values = publicationFormValues({
      title: `Monitoring toolkit ${uniqueSuffix()}`,
      kind: 'TOOLKIT',
      ...overrides,
    });
    return dataOf(await createPublication(coordinator, values, meta))!.id;
  }
  const add = (publicationId: string, heading: string, body = '', viewer = coordinator) =>
    addSection(viewer, { publicationId, heading, body }, meta);
  const sectionIds = async (publicationId: string) =>
    (await db.toolkitSection.findMany({ where: { publicationId }, orderBy: { position: 'asc' } })).map((row) => row.id);

  it('adds sections at the end, edits them, and audits each change', async () => {
    const id = await toolkit();
    expect(await add(id, '  Before   you start ', 'Read *this* first.')).toMatchObject({
      ok: true,
      message: 'sectionAdded',
    });
    await add(id, 'Documenting incidents');
    expect(await headings(id)).toEqual([
      [0, 'Before you start'],
      [1, 'Documenting incidents'],
    ]);
    const [first] = await sectionIds(id);
    const edited = await updateSection(
      coordinator,
      { publicationId: id, sectionId: first, heading: 'Before you begin', body: 'Line one\r\nLine two' },
      meta,
    );
    expect(edited).toMatchObject({ ok: true, message: 'sectionSaved' });
    expect(await db.toolkitSection.findUnique({ where: { id: first } })).toMatchObject({
      heading: 'Before you begin',
      body: 'Line one\nLine two',
    });
    const events = await db.auditEvent.findMany({
      where: { subjectId: id, action: { startsWith: 'publication.section' } },
    });
    expect(events.map((event) => event.action).sort()).toEqual([
      'publication.sectionAdded',
      'publication.sectionAdded',
      'publication.sectionChanged',
    ]);
  });

  it('refuses a heading that is empty or too long beside the field, and writes nothing', async () => {
    const id = await toolkit();
    const empty = await add(id, '   ');
    expect(empty).toMatchObject({ ok: false, status: 400, fieldErrors: { heading: ['sectionHeadingRequired'] } });
    const long = await add(id, 'x'.repeat(201));
    expect(long).toMatchObject({ ok: false, fieldErrors: { heading: ['sectionHeadingTooLong'] } });
    expect(await headings(id)).toEqual([]);
  });

  it('moves a section up and down and removes one, keeping positions 0, 1, 2… with no gap', async () => {
    const id = await toolkit();
    for (const heading of ['One', 'Two', 'Three', 'Four']) await add(id, heading);
    const [one, two, three] = await sectionIds(id);
    const move = (sectionId: string | undefined, step: string) =>
      changeSection(coordinator, { publicationId: id, sectionId, step }, meta, store);
    expect(await move(three, 'up')).toMatchObject({ ok: true, message: 'sectionMoved' });
    expect(await move(one, 'down')).toMatchObject({ ok: true });
    expect((await headings(id)).map(([, heading]) => heading)).toEqual(['Three', 'One', 'Two', 'Four']);
    // The first one cannot go further up: nothing changes.
    await move(three, 'up');
    expect((await headings(id)).map(([, heading]) => heading)).toEqual(['Three', 'One', 'Two', 'Four']);
    expect(await move(two, 'remove')).toMatchObject({ ok: true, message: 'sectionRemoved' });
    expect(await headings(id)).toEqual([
      [0, 'Three'],
      [1, 'One'],
      [2, 'Four'],
    ]);
  });

  it('keeps one order when two editors move sections at the same time', async () => {
    const id = await toolkit();
    for (const heading of ['A', 'B', 'C', 'D', 'E']) await add(id, heading);
    const ids = await sectionIds(id);
    const results = await Promise.all(
      ids.map((sectionId, index) =>
        changeSection(coordinator, { publicationId: id, sectionId, step: index % 2 ? 'up' : 'down' }, meta, store),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const positions = (await headings(id)).map(([position]) => position);
    expect(positions).toEqual([0, 1, 2, 3, 4]);
  });

  it('removes a section with its files, bytes included', async () => {
    const id = await toolkit();
    await add(id, 'With a file');
    const [sectionId] = await sectionIds(id);
    const added = await addAttachment(coordinator, id, fileForm(pdf('guide'), 'guide.pdf', sectionId), meta, store);
    expect(added).toMatchObject({ ok: true, data: { sectionId } });
    const file = await db.attachment.findFirstOrThrow({ where: { toolkitSectionId: sectionId } });
    expect(file.publicationId).toBeNull();
    expect(await store.get(file.storageKey)).not.toBeNull();
    await changeSection(coordinator, { publicationId: id, sectionId, step: 'remove' }, meta, store);
    expect(await db.attachment.findUnique({ where: { id: file.id } })).toBeNull();
    expect(await store.get(file.storageKey)).toBeNull();
  });

  it("orders a section's files among themselves, apart from the publication's own", async () => {
    const id = await toolkit();
    await add(id, 'Forms');
    const [sectionId] = await sectionIds(id);
    await addAttachment(coordinator, id, fileForm(pdf('own'), 'own.pdf'), meta, store);
    await addAttachment(coordinator, id, fileForm(pdf('first'), 'first.pdf', sectionId), meta, store);
    await addAttachment(coordinator, id, fileForm(pdf('second'), 'second.pdf', sectionId), meta, store);
    const inSection = () =>
      db.attachment.findMany({ where: { toolkitSectionId: sectionId }, orderBy: { position: 'asc' } });
    const [, second] = await inSection();
    const moved = await changeAttachment(
      coordinator,
      { publicationId: id, attachmentId: second!.id, step: 'up' },
      meta,
      store,
    );
    expect(moved).toMatchObject({ ok: true, data: { sectionId } });
    expect((await inSection()).map((file) => [file.position, file.fileName])).toEqual([
      [0, 'second.pdf'],
      [1, 'first.pdf'],
    ]);
    expect(await db.attachment.findMany({ where: { publicationId: id }, select: { position: true } })).toEqual([
      { position: 0 },
    ]);
  });

  it('refuses a section of another publication, before the file is stored', async () => {
    const id = await toolkit();
    const other = await toolkit();
    await add(other, 'Elsewhere');
    const [elsewhere] = await sectionIds(other);
    const before = await db.attachment.count();
    const refused = await addAttachment(coordinator, id, fileForm(pdf('x'), 'x.pdf', elsewhere), meta, store);
    expect(refused).toMatchObject({ ok: false, status: 404 });
    const hostile = await addAttachment(coordinator, id, fileForm(pdf('x'), 'x.pdf', "x' OR 1=1"), meta, store);
    expect(hostile).toMatchObject({ ok: false, status: 404 });
    expect(await db.attachment.count()).toBe(before);
    // A section of another toolkit is not this toolkit's to move either.
    const moved = await changeSection(coordinator, { publicationId: id, sectionId: elsewhere, step: 'remove' }, meta);
    expect(moved).toMatchObject({ ok: false, status: 404 });
    expect(await sectionIds(other)).toEqual([elsewhere]);
  });

  it('refuses visitors, members who did not write it and coordinators of other regions; and other kinds', async () => {
    const id = await toolkit({ regions: ['africa'] });
    expect(await add(id, 'Visitor', '', null as unknown as Viewer)).toMatchObject({ ok: false, status: 401 });
    expect(await add(id, 'Member', '', member)).toMatchObject({ ok: false, status: 403 });
    expect(await add(id, 'Europe', '', otherRegion)).toMatchObject({ ok: false, status: 403 });
    const report = await toolkit({ kind: 'REPORT' });
    expect(await add(report, 'Chapter')).toMatchObject({ ok: false, status: 409, message: 'notAToolkit' });
    expect(await headings(id)).toEqual([]);
    expect(await headings(report)).toEqual([]);
  });

  it("lets a member change their own shared toolkit's sections while it is a draft, not once in review", async () => {
    const values = publicationFormValues({ title: `Shared toolkit ${uniqueSuffix()}`, kind: 'TOOLKIT' });
    const { id } = dataOf(await createPublication(member, values, meta))!;
    expect(await add(id, 'Mine', '', member)).toMatchObject({ ok: true });
    await transitionPublication(member, { publicationId: id, transition: 'submit' }, meta);
    expect(await add(id, 'Later', '', member)).toMatchObject({ ok: false, status: 409 });
  });

  describe('the zip of its files', () => {
    it('holds every file in order, sections in numbered folders, names made unique', () => {
      const entries = archiveLayout(
        [
          { id: 'a', fileName: 'report.pdf', contentType: 'application/pdf', storageKey: 'k1' },
          { id: 'b', fileName: 'Report.pdf', contentType: 'application/pdf', storageKey: 'k2' },
          { id: 'c', fileName: 'data', contentType: 'text/csv', storageKey: 'k3' },
        ],
        [
          {
            heading: 'Part 1/2: ../../etc',
            files: [{ id: 'd', fileName: 'report.pdf', contentType: 'application/pdf', storageKey: 'k4' }],
          },
        ],
      );
      expect(entries.map((entry) => entry.path)).toEqual([
        'report.pdf',
        'Report (2).pdf',
        'data.csv',
        '01 Part 1_2_ .._.._etc/report.pdf',
      ]);
    });

    it('streams the files a reader may see; a visitor is sent to sign in for a members-only one', async () => {
      const id = await toolkit({ regions: ['africa'] });
      await add(id, 'Templates');
      const [sectionId] = await sectionIds(id);
      await addAttachment(coordinator, id, fileForm(pdf('intro'), 'intro.pdf'), meta, store);
      const csv = Buffer.from('country,incidents\nKE,12\n'.repeat(200));
      await addAttachment(coordinator, id, fileForm(csv, 'incidents.csv', sectionId, 'text/csv'), meta, store);
      const { slug } = await db.publication.findUniqueOrThrow({ where: { id }, select: { slug: true } });

      // A draft's files are nobody's to download as a zip from the library.
      expect(await openPublicationArchive(null, slug, store)).toMatchObject({ ok: false, status: 404 });
      await transitionPublication(coordinator, { publicationId: id, transition: 'publish' }, meta);

      const opened = dataOf(await openPublicationArchive(null, slug, store))!;
      if (!('archive' in opened)) throw new Error('expected an archive');
      const files = unzipSync(new Uint8Array(await buffer(opened.archive.body)));
      expect(Object.keys(files)).toEqual(['intro.pdf', '01 Templates/incidents.csv']);
      expect(Buffer.from(files['intro.pdf']!).toString()).toBe(pdf('intro').toString());
      expect(Buffer.from(files['01 Templates/incidents.csv']!).equals(csv)).toBe(true);
      expect(opened.archive.fileName).toBe(`${slug}.zip`);

      // Members only: a visitor is asked to sign in, a member gets it and each file is logged.
      const form = publicationFormValues({
        title: (await db.publication.findUniqueOrThrow({ where: { id } })).title,
        kind: 'TOOLKIT',
        regions: ['africa'],
        visibility: 'MEMBERS',
      });
      expect(await updatePublication(coordinator, { ...form, publicationId: id }, meta)).toMatchObject({ ok: true });
      expect(await openPublicationArchive(null, slug, store)).toMatchObject({ ok: false, status: 401 });
      const forMember = dataOf(await openPublicationArchive(member, slug, store))!;
      if (!('archive' in forMember)) throw new Error('expected an archive');
      await buffer(forMember.archive.body);
      const logged = await db.downloadLog.count({
        where: { memberId: member.id, attachmentId: { in: forMember.archive.entries.map((entry) => entry.id) } },
      });
      expect(logged).toBe(2);
    });

    it('follows an old address, and is 404 for a publication without files or an unknown slug', async () => {
      const id = await toolkit();
      await addAttachment(coordinator, id, fileForm(pdf('one'), 'one.pdf'), meta, store);
      await transitionPublication(coordinator, { publicationId: id, transition: 'publish' }, meta);
      const before = await db.publication.findUniqueOrThrow({ where: { id } });
      const renamed = publicationFormValues({ title: `Renamed toolkit ${uniqueSuffix()}`, kind: 'TOOLKIT' });
      await updatePublication(coordinator, { ...renamed, publicationId: id }, meta);
      const after = await db.publication.findUniqueOrThrow({ where: { id } });
      expect(after.slug).not.toBe(before.slug);
      expect(await openPublicationArchive(null, before.slug, store)).toMatchObject({
        ok: true,
        data: { moved: after.slug },
      });
      const empty = await toolkit();
      await transitionPublication(coordinator, { publicationId: empty, transition: 'publish' }, meta);
      const { slug } = await db.publication.findUniqueOrThrow({ where: { id: empty } });
      expect(await openPublicationArchive(null, slug, store)).toMatchObject({ ok: false, status: 404 });
      expect(await openPublicationArchive(null, 'no-such-publication', store)).toMatchObject({
        ok: false,
        status: 404,
      });
    });
  });
});
