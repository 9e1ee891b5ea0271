// The CSV exports' download answer (the directory, a campaign's signatures): the file as it streams,
// named for download, never sniffed as another type, never kept by a cache.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvAttachmentResponse } from './responses';

describe('csvAttachmentResponse', () => {
  it('streams the CSV as a private download under its file name', async () => {
    const body = Readable.from([Buffer.from('slug,name\r\n'), Buffer.from('open-watch,Open Watch\r\n')]);
    const response = csvAttachmentResponse(body, 'directory-2026-01-31.csv');
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename=directory-2026-01-31.csv',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(await response.text()).toBe('slug,name\r\nopen-watch,Open Watch\r\n');
  });
});
