// The size of a file as people read it ("340 kB", "12.5 MB"), with the reader's number format.
import type { createFormatter } from 'next-intl';

type Formatter = Pick<ReturnType<typeof createFormatter>, 'number'>;

export function fileSizeText(format: Formatter, bytes: number): string {
  return bytes < 1024 * 1024
    ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' })
    : format.number(Math.round((bytes / 1024 / 1024) * 10) / 10, { style: 'unit', unit: 'megabyte' });
}
