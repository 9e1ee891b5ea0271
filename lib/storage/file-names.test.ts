import { parse } from 'content-disposition';
import { describe, expect, it } from 'vitest';
import { attachmentDisposition, displayFileName, downloadFileName, maxFileNameLength } from './file-names';

describe('the name a file is shown and downloaded under', () => {
  it('keeps an ordinary name as it is, accents and spaces included', () => {
    expect(displayFileName('Informe anual 2026 — Bogotá.pdf')).toBe('Informe anual 2026 — Bogotá.pdf');
    expect(displayFileName('تقرير.pdf')).toBe('تقرير.pdf');
  });

  it('drops any path the browser sent, Windows or POSIX', () => {
    expect(displayFileName('C:\\Users\\ana\\Desktop\\report.pdf')).toBe('report.pdf');
    expect(displayFileName('../../etc/passwd')).toBe('passwd');
    expect(displayFileName('/var/www/.htaccess')).toBe('htaccess');
  });

  it('removes control and bidirectional characters that disguise a name', () => {
    // U+202E turns "photo‮gpj.exe" into what reads as "photoexe.jpg".
    expect(displayFileName('photo\u202Egpj.exe')).toBe('photogpj.exe');
    expect(displayFileName('a\u0000b\u200Bc\r\nd.txt')).toBe('abc d.txt');
  });

  it('replaces characters Windows refuses and trims dots and spaces at the ends', () => {
    expect(displayFileName('  minutes: "draft" <v2>?.docx  ')).toBe('minutes_ _draft_ _v2__.docx');
    expect(displayFileName('report. . ')).toBe('report');
  });

  it('gives a name to a file whose name is nothing once cleaned', () => {
    expect(displayFileName('')).toBe('file');
    expect(displayFileName('...')).toBe('file');
    expect(displayFileName('\u202E\u0007')).toBe('file');
  });

  it('shortens a very long name and keeps its extension', () => {
    const name = displayFileName(`${'é'.repeat(400)}.xlsx`);
    expect(Array.from(name)).toHaveLength(maxFileNameLength);
    expect(name.endsWith('é.xlsx')).toBe(true);
  });

  it('downloads under an extension of the type the file is stored as', () => {
    expect(downloadFileName('report.pdf', 'application/pdf')).toBe('report.pdf');
    expect(downloadFileName('photo.JPEG', 'image/jpeg')).toBe('photo.JPEG');
    expect(downloadFileName('report.exe', 'application/pdf')).toBe('report.exe.pdf');
    expect(downloadFileName('page.html', 'text/plain')).toBe('page.html.txt');
  });

  it('is always an attachment, with the name readable back in ASCII and in full Unicode', () => {
    const header = attachmentDisposition('Informe "final" Bogotá.pdf', 'application/pdf');
    const parsed = parse(header);
    expect(parsed.type).toBe('attachment');
    expect(parsed.parameters.filename).toBe('Informe "final" Bogotá.pdf');
    expect(header).toContain('filename="Informe \\"final\\" Bogot?.pdf"');
    expect(header).not.toMatch(/[\r\n]/);
  });
});
