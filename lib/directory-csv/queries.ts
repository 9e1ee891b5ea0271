// The import's first step, the dry run (/manage/directory): what a file would create, change (field
// by field) and refuse (by line, with the reason), without writing anything. Its answer carries the
// file back (base64) and the plan's fingerprint, which the second step (mutations.ts) checks.
import 'server-only';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, refused, type Result } from '@/lib/forms/result';
import { planDirectoryRows, readDirectoryFile, type DirectoryImportPlan } from './plan';
import { importMaxBytes } from './schemas';

export interface DirectoryImportCheck {
  plan: DirectoryImportPlan;
  /** The file that was checked, as base64, for the apply form's hidden field. */
  content: string;
}

/** Whatever a form post or a hand-made call sends as the file: a Blob (a File), or anything else. */
const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

/** The dry run of an import: the plan of the file, or why the file cannot be read. Admins only. */
export async function checkDirectoryImport(viewer: MaybeViewer, file: unknown): Promise<Result<DirectoryImportCheck>> {
  if (!viewer || !can(viewer, 'directory:import', {})) return denied(viewer);
  if (!isBlob(file) || file.size === 0) return refused(400, 'fileRequired');
  // Checked before reading: a larger file is never held in memory.
  if (file.size > importMaxBytes) return refused(413, 'fileTooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = readDirectoryFile(bytes);
  if (!read.ok) return refused(400, read.message, read.params);
  const { plan } = await planDirectoryRows(db, read.rows);
  return { ok: true, data: { plan, content: Buffer.from(bytes).toString('base64') } };
}
