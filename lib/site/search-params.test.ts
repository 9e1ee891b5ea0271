import { describe, expect, it } from 'vitest';
import { hrefWith, pageParam, slugOrWordsParam, slugParam, textParam } from './search-params';
import { excerpt, safeHttpUrl } from './text';

describe('query parameters', () => {
  it('reads a page number, at least 1, and anything else as 1', () => {
    expect(pageParam.parse('3')).toBe(3);
    expect(pageParam.parse(['2', '5'])).toBe(2);
    for (const bad of ['0', '-1', '2.5', 'abc', '', undefined, '1e9']) expect(pageParam.parse(bad)).toBe(1);
  });

  it('ignores a NUL byte or another control character instead of passing it to the database', () => {
    expect(textParam.parse('ana')).toBe('ana');
    for (const hostile of ['\u0000', 'ana\u0000', 'a\u001bb', '\u007f']) {
      expect(textParam.parse(hostile)).toBeUndefined();
      expect(slugParam.parse(hostile)).toBeUndefined();
    }
    // Words become a slug, which has no room for them.
    expect(slugOrWordsParam.parse('\u0000')).toBeUndefined();
    expect(slugOrWordsParam.parse('early\u0000warning')).toBe('early-warning');
  });

  it('builds links that keep the filters and leave out empty values and page 1', () => {
    expect(hrefWith('/library', { kind: 'REPORT', theme: 'early warning', region: undefined, page: 1 })).toBe(
      '/library?kind=REPORT&theme=early+warning',
    );
    expect(hrefWith('/directory', { page: 2 })).toBe('/directory?page=2');
    expect(hrefWith('/directory', {})).toBe('/directory');
  });
});

describe('text helpers', () => {
  it('links only http(s) addresses', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('cuts long text at a word boundary', () => {
    expect(excerpt('short')).toBe('short');
    const cut = excerpt('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
