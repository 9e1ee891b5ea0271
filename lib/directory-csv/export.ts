// The directory as CSV for admins (/manage/directory/export.csv): every organisation, whatever its
// status, one row each, with its profile, who sees each field, and its members' addresses. The
// columns are the import's (schemas.ts), so the file can be changed in a spreadsheet and imported
// again; imported unchanged, it changes nothing. A cell a spreadsheet would run as a formula gets a
// leading ' (escapeCell), which the import takes away again. The file is written while it
// downloads, a page of organisations at a time, and every export is audited: the file holds
// people's addresses.
import 'server-only';
import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { denied, type Result } from '@/lib/forms/result';
import { organizationCsvSelect, storedCells } from './plan';
import { directoryCsvColumns, escapeCell } from './schemas';

/** Organisations read in pages of this many (by slug, so a page never repeats or skips). */
const batchSize = 500;

async function* directoryRows(): AsyncGenerator<string[]> {
  yield [...directoryCsvColumns];
  let after: string | undefined;
  for (;;) {
    const page = await db.organization.findMany({
      where: after ? { slug: { gt: after } } : {},
      orderBy: { slug: 'asc' },
      take: batchSize,
      select: organizationCsvSelect,
    });
    for (const organization of page) {
      const cells = storedCells(organization);
      yield directoryCsvColumns.map((column) => escapeCell(cells[column] ?? ''));
    }
    if (page.length < batchSize) return;
    after = page.at(-1)?.slug;
  }
}

/** The whole directory as a CSV stream and its file name; admins only, audited before the first byte. */
export async function exportDirectory(
  viewer: MaybeViewer,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ body: Readable; fileName: string }>> {
  if (!viewer || !can(viewer, 'directory:export', {})) return denied(viewer);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'directory.exported',
      subjectType: 'Directory',
      subjectId: 'directory',
      ip: meta.ip,
    }),
  );
  const body = stringify({ bom: true, record_delimiter: 'windows' });
  // A failed read ends the download with an error rather than leaving it open.
  pipeline(Readable.from(directoryRows()), body, () => undefined);
  return { ok: true, data: { body, fileName: `directory-${now.toISOString().slice(0, 10)}.csv` } };
}
