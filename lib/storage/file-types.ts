// Which files the portal keeps, decided by their content (magic bytes, read by file-type), never by
// the name or the type the browser claims. Binary formats must be one of the allowed ones; a file
// file-type does not recognise is kept only as text (plain text or CSV): valid UTF-8 with no NUL
// byte. Everything is downloaded as an attachment with nosniff, so even text that looks like HTML
// is never rendered by the browser.
import { fileTypeFromBuffer } from 'file-type';
import { extensionOf } from './file-kinds';

/** How much of the start of a file the check reads (file-type needs at most a few kB). */
export const sniffBytes = 64 * 1024;

/** The binary types kept, by what file-type reports, with the type they are stored and served as. */
const allowedBinary: Record<string, string> = {
  'application/pdf': 'application/pdf',
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
  'application/zip': 'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation':
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text': 'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet': 'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'application/vnd.oasis.opendocument.presentation',
};

/** Old Word, Excel and PowerPoint files share one container (CFB): the name's extension tells which. */
const legacyOffice: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

function isText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the sample is not a reason to refuse.
    new TextDecoder('utf-8', { fatal: true }).decode(head.length >= sniffBytes ? head.subarray(0, -4) : head);
    return true;
  } catch {
    return false;
  }
}

/**
 * The type to store a file as, from the first `sniffBytes` of it (and, for text and old Office
 * files only, the extension of the name given), or null when the portal does not keep such files.
 */
export async function allowedTypeOf(head: Uint8Array, name: string): Promise<string | null> {
  if (head.length === 0) return null;
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    if (detected.mime === 'application/x-cfb') return legacyOffice[extensionOf(name)] ?? null;
    return allowedBinary[detected.mime] ?? null;
  }
  if (!isText(head)) return null;
  return extensionOf(name) === 'csv' ? 'text/csv' : 'text/plain';
}
