// The name a person gave a file is kept for display and for the download's name only (the store
// uses a random key). It arrives from a browser and is hostile until cleaned: a path, control and
// bidirectional characters (which make "gpj.exe" read as "exe.jpg"), characters Windows refuses,
// hidden-file dots, an endless length. The download name also always ends in an extension of the
// type the file is stored as, so a PDF sent as "report.exe" downloads as "report.exe.pdf".
import { create as contentDisposition } from 'content-disposition';
import { extensionOf, extensionsByType } from './file-kinds';

/** Longest display name kept, in characters; the extension survives the cut. */
export const maxFileNameLength = 120;

const fallbackName = 'file';

// Control (Cc), format (Cf: bidi overrides, zero-width joiners…), line and paragraph separators,
// unassigned and private-use code points, lone surrogates.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cn}\p{Co}\p{Cs}]/gu;
// Reserved on Windows (and `/` everywhere); replaced rather than removed so words stay apart.
const reserved = /[<>:"/\\|?*]/g;

/** A name safe to show and to offer as a download name, from whatever the browser sent. */
export function displayFileName(original: string): string {
  const lastSegment = original.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .normalize('NFC')
    // Line breaks and tabs separate words: they become spaces before the invisible ones go.
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/gu, ' ')
    .replace(invisible, '')
    .replace(reserved, '_')
    .replace(/\s+/gu, ' ')
    .trim()
    // No hidden files (".htaccess") and no names Windows trims to something else ("report. ").
    .replace(/^[.\s]+/u, '')
    .replace(/[.\s]+$/u, '');
  return truncateKeepingExtension(cleaned) || fallbackName;
}

function truncateKeepingExtension(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= maxFileNameLength) return name;
  const extension = extensionOf(name);
  const suffix = extension ? `.${extension}` : '';
  const stem = characters
    .slice(0, maxFileNameLength - suffix.length)
    .join('')
    .trimEnd();
  return stem + suffix;
}

/** The display name, with the stored type's extension added when the name does not already carry one. */
export function downloadFileName(displayName: string, contentType: string): string {
  const extensions = extensionsByType[contentType];
  if (!extensions || extensions.includes(extensionOf(displayName))) return displayName;
  return `${displayName}.${extensions[0]}`;
}

/** The Content-Disposition header of a download: always an attachment, never rendered by the browser. */
export function attachmentDisposition(displayName: string, contentType: string): string {
  return contentDisposition(downloadFileName(displayName, contentType), { type: 'attachment' });
}
