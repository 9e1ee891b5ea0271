// "Download all files": every file of a publication the viewer may read (its own files, then each
// toolkit section's in a folder of its own, in order) as one zip, streamed. Nothing is gathered in
// memory or on disk: each file is opened from the store only when the zip reaches it, and what is
// already compressed (PDF, images, Office and OpenDocument files, zips) is stored as it is, which
// keeps the zip as fast as the disk or the network. The same rules as one file's download
// (openAttachment): read access, 401 when signing in would open it, 404 otherwise, old slugs
// followed, and every members-only file in it logged as downloaded.
import 'server-only';
import { PassThrough, type Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { can, readableOnceSignedIn, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Visibility } from '@/lib/generated/prisma/enums';
import { fileStore, type FileStore } from '@/lib/storage';
import { displayFileName, downloadFileName } from '@/lib/storage/file-names';

/** Types worth deflating; everything else is compressed already and is stored as it is. */
const compressibleTypes = new Set([
  'text/plain',
  'text/csv',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
]);

interface ArchivedFile {
  id: string;
  fileName: string;
  contentType: string;
  storageKey: string;
}

/** One entry of the zip: where it goes in the archive, and the stored file it is. */
export interface ArchiveEntry extends ArchivedFile {
  path: string;
}

export interface PublicationArchive {
  /** The zip's bytes, made as they are read. */
  body: Readable;
  /** The name it downloads as: "<slug>.zip". */
  fileName: string;
  visibility: Visibility;
  entries: ArchiveEntry[];
}

const fileSelect = {
  orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  select: { id: true, fileName: true, contentType: true, storageKey: true },
} satisfies Prisma.Publication$attachmentsArgs;

/** "01 ", "02 "…: folder names that sort in the toolkit's order in every file manager. */
const ordinal = (index: number, count: number) =>
  `${String(index + 1).padStart(Math.max(2, String(count).length), '0')} `;

/**
 * Where each file goes in the zip: the publication's own files at the top, each section's in a
 * folder named after it ("02 Documenting incidents/"). Names come from the sanitised file names,
 * with the stored type's extension; a second file of the same name in one folder becomes "name (2).pdf".
 */
export function archiveLayout(
  files: ArchivedFile[],
  sections: { heading: string; files: ArchivedFile[] }[],
): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const taken = new Set<string>();
  const place = (folder: string, file: ArchivedFile) => {
    const name = downloadFileName(file.fileName, file.contentType);
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let path = `${folder}${name}`;
    for (let copy = 2; taken.has(path.toLowerCase()); copy += 1) path = `${folder}${stem} (${copy})${extension}`;
    taken.add(path.toLowerCase());
    entries.push({ ...file, path });
  };
  for (const file of files) place('', file);
  sections.forEach((section, index) => {
    // A heading is a name, not a path: its slashes stay inside the folder's name.
    const folder = `${ordinal(index, sections.length)}${displayFileName(section.heading.replace(/[/\\]/g, '_'))}/`;
    for (const file of section.files) place(folder, file);
  });
  return entries;
}

/** A stream that opens the stored file only when first read, so a zip of many files holds one open at a time. */
function openWhenRead(store: FileStore, storageKey: string): Readable {
  const output = new PassThrough();
  let opened = false;
  const read = output._read.bind(output);
  output._read = (size) => {
    if (!opened) {
      opened = true;
      store.get(storageKey).then(
        (file) => {
          if (!file) output.destroy(new Error(`A stored file is missing: ${storageKey}`));
          else file.body.on('error', (error) => output.destroy(error)).pipe(output);
        },
        (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))),
      );
    }
    read(size);
  };
  return output;
}

/** The zip of the entries' files, streamed. A file that cannot be read ends the download with an error. */
export function zipOf(entries: ArchiveEntry[], store: FileStore): Readable {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  for (const entry of entries) {
    archive.append(openWhenRead(store, entry.storageKey), {
      name: entry.path,
      store: !compressibleTypes.has(entry.contentType),
    });
  }
  archive.on('warning', (error) => archive.destroy(error));
  void archive.finalize().catch((error: unknown) => {
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return archive;
}

/**
 * All files of the publication at `slug` as one zip, for a viewer who may read it; `moved` with
 * today's slug when `slug` is an old one. 404 when it has no files.
 */
export async function openPublicationArchive(
  viewer: MaybeViewer,
  slug: string,
  store: FileStore = fileStore(),
): Promise<Result<{ archive: PublicationArchive } | { moved: string }>> {
  if (slug.length > 200 || /\p{Cc}/u.test(slug)) return missing();
  const select = {
    slug: true,
    status: true,
    visibility: true,
    embargoUntil: true,
    attachments: fileSelect,
    sections: { orderBy: { position: 'asc' }, select: { heading: true, attachments: fileSelect } },
  } satisfies Prisma.PublicationSelect;
  const row =
    (await db.publication.findUnique({ where: { slug }, select })) ??
    (await db.publicationSlugAlias.findUnique({ where: { slug }, select: { publication: { select } } }))?.publication;
  if (!row) return missing();
  const subject = { status: row.status, visibility: row.visibility, embargoUntil: row.embargoUntil };
  if (!can(viewer, 'publication:read', subject))
    return readableOnceSignedIn(viewer, subject) ? denied(viewer) : missing();
  if (row.slug !== slug) return { ok: true, data: { moved: row.slug } };
  const entries = archiveLayout(
    row.attachments,
    row.sections.map((section) => ({ heading: section.heading, files: section.attachments })),
  );
  if (entries.length === 0) return missing();
  if (row.visibility === 'MEMBERS' && viewer) {
    await db.downloadLog.createMany({
      data: entries.map((entry) => ({ attachmentId: entry.id, memberId: viewer.id })),
    });
  }
  return {
    ok: true,
    data: {
      archive: { body: zipOf(entries, store), fileName: `${row.slug}.zip`, visibility: row.visibility, entries },
    },
  };
}
