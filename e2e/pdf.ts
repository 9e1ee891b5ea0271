// Reads the text of each page of a PDF that chromium printed (page.pdf()): enough to check what a
// printed sheet shows. Chromium writes one content stream per page, draws text as hex glyph ids and
// maps them back to characters with a ToUnicode CMap per font; this follows those, nothing more.
import { inflateSync } from 'node:zlib';

type PdfObjects = Map<number, string>;

function objectsOf(pdf: Buffer): PdfObjects {
  const text = pdf.toString('latin1');
  const objects: PdfObjects = new Map();
  for (const match of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(match[1]), match[2]!);
  return objects;
}

function streamOf(objects: PdfObjects, id: number): string {
  const body = objects.get(id) ?? '';
  const start = body.indexOf('stream') + 'stream'.length;
  const raw = Buffer.from(body.slice(start, body.lastIndexOf('endstream')).replace(/^\r?\n/, ''), 'latin1');
  try {
    return inflateSync(raw).toString('latin1');
  } catch {
    return raw.toString('latin1');
  }
}

const hexToText = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** Glyph id -> text, from a font's ToUnicode CMap (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      glyphs.set(parseInt(glyph!, 16), hexToText(text!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(text!, 16);
      for (let glyph = parseInt(from!, 16); glyph <= parseInt(to!, 16); glyph += 1) {
        glyphs.set(glyph, String.fromCodePoint(first + glyph - parseInt(from!, 16)));
      }
    }
  }
  return glyphs;
}

/** The text of every page, in order, with runs of white space made one space. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = objectsOf(pdf);
  const fonts = new Map<number, Map<number, string>>();
  for (const [id, body] of objects) {
    const cmap = /\/Type\s*\/Font[\s\S]*\/ToUnicode\s+(\d+) 0 R/.exec(body);
    if (cmap) fonts.set(id, toUnicode(streamOf(objects, Number(cmap[1]))));
  }
  const root = [...objects.values()].find((body) => /\/Type\s*\/Pages\b/.test(body)) ?? '';
  const kids = [...(/\/Kids\s*\[([^\]]*)\]/.exec(root)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return kids.map((pageId) => {
    const page = objects.get(pageId) ?? '';
    const resourcesRef = /\/Resources\s+(\d+) 0 R/.exec(page);
    const resources = resourcesRef ? (objects.get(Number(resourcesRef[1])) ?? '') : page;
    const fontDictionary = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fontByName = new Map<string, Map<number, string>>(
      [...fontDictionary.matchAll(/\/(\S+)\s+(\d+) 0 R/g)].map((m) => [
        m[1]!,
        fonts.get(Number(m[2])) ?? new Map<number, string>(),
      ]),
    );
    const contentsRef = /\/Contents\s+(\d+) 0 R/.exec(page);
    const content = contentsRef ? streamOf(objects, Number(contentsRef[1])) : '';
    let font = new Map<number, string>();
    let text = '';
    for (const token of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bET\b/g)) {
      if (token[1]) font = fontByName.get(token[1]) ?? new Map<number, string>();
      else if (token[2] !== undefined) {
        for (let index = 0; index + 4 <= token[2].length; index += 4) {
          text += font.get(parseInt(token[2].slice(index, index + 4), 16)) ?? '';
        }
      } else text += ' ';
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}
