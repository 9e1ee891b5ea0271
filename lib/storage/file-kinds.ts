// What the stored file types are called and which extensions they carry: plain data, safe to use in
// the browser (the upload form's `accept` list, the type shown beside each file). Which types are
// kept, decided by content, is file-types.ts.

/** The extensions a download of each stored type may carry; the first is the one added when missing. */
export const extensionsByType: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/zip': ['zip'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'text/csv': ['csv'],
  'text/plain': ['txt', 'md', 'text'],
};

export const extensionOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** How a stored type is named to readers: a key of `common.fileKind`. */
export type FileKind = 'pdf' | 'word' | 'spreadsheet' | 'presentation' | 'image' | 'zip' | 'csv' | 'text' | 'other';

const kindsByType: Record<string, FileKind> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'application/zip': 'zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.oasis.opendocument.text': 'word',
  'application/msword': 'word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet': 'spreadsheet',
  'application/vnd.ms-excel': 'spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'presentation',
  'application/vnd.oasis.opendocument.presentation': 'presentation',
  'application/vnd.ms-powerpoint': 'presentation',
  'text/csv': 'csv',
  'text/plain': 'text',
};

export function fileKindOf(contentType: string): FileKind {
  return kindsByType[contentType] ?? 'other';
}

/** The upload form's `accept` list: a hint to the browser's file picker; the server decides by content. */
export const acceptedFileExtensions = [...new Set(Object.values(extensionsByType).flat())]
  .map((extension) => `.${extension}`)
  .join(',');
