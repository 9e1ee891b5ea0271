import { describe, expect, it } from 'vitest';
import { allowedTypeOf } from './file-types';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

const png = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0, 0, 0, 13],
  'IHDR',
  [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
);
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const pdf = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n');
const emptyZip = bytes([0x50, 0x4b, 0x05, 0x06], new Array<number>(18).fill(0));
const windowsProgram = bytes('MZ', new Array<number>(64).fill(0x90));
const elf = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], new Array<number>(56).fill(0));
const cfb = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array<number>(504).fill(0));

describe('which files the portal keeps', () => {
  it('tells allowed types by their content, whatever the name says', async () => {
    expect(await allowedTypeOf(pdf, 'report.pdf')).toBe('application/pdf');
    expect(await allowedTypeOf(pdf, 'report.exe')).toBe('application/pdf');
    expect(await allowedTypeOf(png, 'photo.jpg')).toBe('image/png');
    expect(await allowedTypeOf(jpeg, 'photo')).toBe('image/jpeg');
    expect(await allowedTypeOf(emptyZip, 'bundle.zip')).toBe('application/zip');
  });

  it('keeps text as plain text or CSV, and old Office files by their extension', async () => {
    expect(await allowedTypeOf(Buffer.from('Ciudad,Fecha\nBogotá,2026-12-01\n'), 'events.csv')).toBe('text/csv');
    expect(await allowedTypeOf(Buffer.from('Notes from the field visit — día 1'), 'notes.txt')).toBe('text/plain');
    // Markup is text too, stored and served as plain text (downloads are attachments with nosniff).
    expect(await allowedTypeOf(Buffer.from('<script>alert(1)</script>'), 'page.html')).toBe('text/plain');
    expect(await allowedTypeOf(cfb, 'minutes.doc')).toBe('application/msword');
    expect(await allowedTypeOf(cfb, 'budget.xls')).toBe('application/vnd.ms-excel');
  });

  it('refuses programs, unknown binaries, invalid UTF-8 and empty files, whatever the name', async () => {
    expect(await allowedTypeOf(windowsProgram, 'report.pdf')).toBeNull();
    expect(await allowedTypeOf(elf, 'notes.txt')).toBeNull();
    expect(await allowedTypeOf(bytes([0xc3, 0x28, 0x41]), 'notes.txt')).toBeNull();
    expect(await allowedTypeOf(bytes('text', [0], 'more'), 'notes.txt')).toBeNull();
    expect(await allowedTypeOf(cfb, 'installer.msi')).toBeNull();
    expect(await allowedTypeOf(Buffer.alloc(0), 'empty.txt')).toBeNull();
  });
});
