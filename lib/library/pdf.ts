// A publication as a PDF, made on the server with pdfkit (no browser): every page carries the
// coalition's name, the publication's address and the day it was made; then what the page shows
// (title, kind, authors, date, organisation, source, summary, text, toolkit sections, files). The
// Markdown goes through the same parser and sanitizer as the page (lib/markdown/options.ts) and is
// drawn from the sanitized tree: a link is its text followed by its address, and only http(s) and
// mailto addresses become clickable. Text is set in DejaVu Sans (dejavu-fonts-ttf), which covers
// Latin, Greek and Cyrillic; right-to-left scripts are drawn unshaped, left to right
// (docs/decisions/019-publication-pdf.md).
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { create as contentDisposition } from 'content-disposition';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { getTranslations } from 'next-intl/server';
import PDFDocument from 'pdfkit';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { createFormatter } from 'use-intl/core';
import { fileSizeText } from '@/components/ui/file-size';
import type { MaybeViewer } from '@/lib/auth/policy';
import { missing, type Result } from '@/lib/forms/result';
import type { Visibility } from '@/lib/generated/prisma/enums';
import { defaultLocale } from '@/lib/i18n/messages';
import { rehypePlugins, remarkPlugins, shiftedHeadingLevel, type HeadingLevel } from '@/lib/markdown/options';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { displayUrl, languageName, safeHttpUrl } from '@/lib/site/text';
import { fileKindOf } from '@/lib/storage/file-kinds';
import { findMovedPublication, getPublication, type PublicationDetail } from './queries';

export interface PublicationPdfOptions {
  /** Printed on every page and set as the PDF's Creator. */
  coalitionName: string;
  /** The publication's absolute address, printed on every page; relative links in its text resolve against it. */
  url: string;
  /** The moment it is made, printed on every page (as a date, in UTC like the pages). */
  generatedAt: Date;
  /** The language of the labels and dates around the publication's own text. */
  locale: string;
}

// ---------------------------------------------------------------------------------------------
// Fonts: TrueType files of an npm package, read from node_modules at run time (next.config.ts keeps
// pdfkit out of the server bundle and lists the files for the route's trace). Read once a process.

const fontFolder = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const fontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;
type FontName = keyof typeof fontFiles;

let fontsRead: Promise<[FontName, Buffer][]> | null = null;

function readFonts(): Promise<[FontName, Buffer][]> {
  fontsRead ??= Promise.all(
    (Object.keys(fontFiles) as FontName[]).map(async (name): Promise<[FontName, Buffer]> => [
      name,
      await readFile(path.join(fontFolder, fontFiles[name])),
    ]),
  ).catch((error: unknown) => {
    fontsRead = null;
    throw error;
  });
  return fontsRead;
}

// ---------------------------------------------------------------------------------------------
// What is drawn: a flat list of blocks, each a run of styled text (or a rule), built from the
// publication before a page is drawn.

interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  /** Only ever an http(s) or mailto address. */
  href?: string;
}

interface TextBlock {
  kind: 'text';
  spans: Span[];
  size: number;
  colour?: string;
  /** Left indent in points (lists, quotes). */
  indent?: number;
  /** A list item's bullet or number, drawn in the indent before its first line. */
  marker?: string;
  /** Keeps spaces and line breaks (code blocks). */
  preformatted?: boolean;
  /** Space above, in points (dropped at the top of a page). */
  before?: number;
  /** A bookmark in the PDF's outline. */
  bookmark?: string;
  /** Kept on one page with the line after it (headings). */
  keepWithNext?: boolean;
}

type Block = TextBlock | { kind: 'rule'; before?: number };

const size = { small: 8, meta: 10, body: 10.5, summary: 12.5, title: 20, code: 9 } as const;
const headingSize: Record<HeadingLevel, number> = { 2: 15, 3: 13, 4: 11.5, 5: 11, 6: 10.5 };
const colour = { text: '#0f172a', muted: '#475569', link: '#1d4ed8', warning: '#92400e', rule: '#cbd5e1' } as const;
const listIndent = 16;
const lineSpacing = 1.4;

const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

/** An address that may become a link: http(s) or mailto, relative ones resolved against `base`; null otherwise. */
function linkTarget(href: unknown, base: string): string | null {
  // A fragment (a footnote, a heading) points into the web page, not into the PDF.
  if (typeof href !== 'string' || href.trim() === '' || href.startsWith('#')) return null;
  try {
    const url = new URL(href, base);
    return safeProtocols.has(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The same parser, GitHub-flavoured extensions and sanitizer as the Markdown on the page. */
const markdownProcessor = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins);

function markdownTree(source: string): Root {
  return markdownProcessor.runSync(markdownProcessor.parse(source));
}

const blockElements = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'div',
  'section',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'figure',
]);

const isBlock = (node: RootContent | ElementContent): node is Element =>
  node.type === 'element' && blockElements.has(node.tagName);

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

interface MarkdownContext {
  base: string;
  minHeadingLevel: HeadingLevel;
  indent: number;
  depth: number;
  quote: boolean;
  imageLabel: (alt: string) => string;
}

type Style = Pick<Span, 'bold' | 'italic' | 'mono' | 'href'>;

function spansOf(nodes: ElementContent[], style: Style, context: MarkdownContext): Span[] {
  return nodes.flatMap((node): Span[] => {
    if (node.type === 'text') return [{ ...style, text: node.value }];
    if (node.type !== 'element') return [];
    const children = node.children;
    switch (node.tagName) {
      case 'strong':
      case 'b':
        return spansOf(children, { ...style, bold: true }, context);
      case 'em':
      case 'i':
        return spansOf(children, { ...style, italic: true }, context);
      case 'code':
      case 'kbd':
      case 'samp':
        return spansOf(children, { ...style, mono: true }, context);
      case 'br':
        return [{ ...style, text: '\n' }];
      case 'sup':
        // A footnote's number (raw HTML, the only other way to a sup, never gets this far).
        return [{ ...style, text: '[' }, ...spansOf(children, style, context), { ...style, text: ']' }];
      case 'img': {
        const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
        return alt ? [{ ...style, italic: true, text: `[${context.imageLabel(alt)}]` }] : [];
      }
      case 'input':
        return node.properties.type === 'checkbox' ? [{ ...style, text: node.properties.checked ? '☑ ' : '☐ ' }] : [];
      case 'a': {
        const href = linkTarget(node.properties.href, context.base);
        const inner = spansOf(children, href ? { ...style, href } : style, context);
        if (!href) return inner;
        // The address follows the words, so it survives printing; not twice when they are the address.
        const shown = href.startsWith('mailto:') ? decodeURIComponent(href.slice('mailto:'.length)) : href;
        const words = children.map(textOf).join('').trim();
        const same = [shown, href, displayUrl(href)].includes(words);
        return same
          ? inner
          : [...inner, { ...style, text: ' (' }, { ...style, href, text: shown }, { ...style, text: ')' }];
      }
      default:
        return spansOf(children, style, context);
    }
  });
}

function paragraph(spans: Span[], context: MarkdownContext, extra: Partial<TextBlock> = {}): TextBlock {
  return {
    kind: 'text',
    spans,
    size: size.body,
    colour: context.quote ? colour.muted : colour.text,
    indent: context.indent,
    before: 6,
    ...extra,
  };
}

const bullets = ['•', '◦', '▪'];

/** The blocks of a sanitized HTML tree: loose inline content between blocks becomes a paragraph. */
function blocksOf(nodes: (RootContent | ElementContent)[], context: MarkdownContext): Block[] {
  const blocks: Block[] = [];
  let pending: ElementContent[] = [];
  const flush = () => {
    const spans = spansOf(pending, {}, context);
    pending = [];
    if (spans.some((span) => span.text.trim() !== '')) blocks.push(paragraph(spans, context));
  };
  for (const node of nodes) {
    if (node.type === 'doctype' || node.type === 'comment') continue;
    if (!isBlock(node)) {
      pending.push(node);
      continue;
    }
    flush();
    blocks.push(...blockOf(node, context));
  }
  flush();
  return blocks;
}

function blockOf(node: Element, context: MarkdownContext): Block[] {
  const children = node.children;
  const heading = /^h([1-6])$/.exec(node.tagName);
  if (heading) {
    const level = shiftedHeadingLevel(Number(heading[1]), context.minHeadingLevel);
    const spans = spansOf(children, { bold: true }, context);
    return [paragraph(spans, context, { size: headingSize[level], before: 12, keepWithNext: true })];
  }
  switch (node.tagName) {
    case 'p':
      return [paragraph(spansOf(children, {}, context), context)];
    case 'hr':
      return [{ kind: 'rule', before: 8 }];
    case 'pre':
      return [
        paragraph([{ text: children.map(textOf).join('').replace(/\n$/, ''), mono: true }], context, {
          size: size.code,
          preformatted: true,
        }),
      ];
    case 'blockquote':
      return blocksOf(children, { ...context, indent: context.indent + listIndent, quote: true });
    case 'ul':
    case 'ol':
      return listBlocks(node, context);
    case 'tr': {
      // A table row is one line, its cells apart; header cells in bold.
      const cells = children.filter((child): child is Element => child.type === 'element');
      const spans = cells.flatMap((cell, index) => [
        ...(index > 0 ? [{ text: '  |  ', bold: false }] : []),
        ...spansOf(cell.children, { bold: cell.tagName === 'th' }, context),
      ]);
      return [paragraph(spans, context, { before: 2 })];
    }
    case 'dt':
      return [paragraph(spansOf(children, { bold: true }, context), context)];
    case 'dd':
      return blocksOf(children, { ...context, indent: context.indent + listIndent });
    default:
      return blocksOf(children, context);
  }
}

function listBlocks(list: Element, context: MarkdownContext): Block[] {
  const ordered = list.tagName === 'ol';
  const start = typeof list.properties.start === 'number' ? list.properties.start : 1;
  const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  const inner = { ...context, indent: context.indent + listIndent, depth: context.depth + 1 };
  return items.flatMap((item, index) => {
    const blocks = blocksOf(item.children, inner);
    const first = blocks.find((block): block is TextBlock => block.kind === 'text');
    if (first) {
      first.marker = ordered ? `${start + index}.` : bullets[context.depth % bullets.length];
      first.before = index === 0 && context.depth === 0 ? 6 : 3;
    }
    return blocks;
  });
}

function markdownBlocks(source: string, context: Omit<MarkdownContext, 'indent' | 'depth' | 'quote'>): Block[] {
  if (!source.trim()) return [];
  return blocksOf(markdownTree(source).children, { ...context, indent: 0, depth: 0, quote: false });
}

type Labels = Awaited<ReturnType<typeof labelsFor>>;

async function labelsFor(locale: string) {
  const [article, common] = await Promise.all([
    getTranslations({ locale, namespace: 'library.article' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  return { article, common, format: createFormatter({ locale, timeZone: 'UTC' }) };
}

/** Everything the PDF shows, in order. */
function publicationBlocks(publication: PublicationDetail, options: PublicationPdfOptions, labels: Labels): Block[] {
  const { article, common, format } = labels;
  const separator = common('listSeparator');
  const text = (value: string, extra: Partial<TextBlock> = {}): TextBlock => ({
    kind: 'text',
    spans: [{ text: value }],
    size: size.body,
    colour: colour.text,
    before: 4,
    ...extra,
  });
  const heading = (value: string): TextBlock =>
    text(value, {
      spans: [{ text: value, bold: true }],
      size: headingSize[2],
      before: 18,
      keepWithNext: true,
      bookmark: value,
    });
  const markdown = (source: string, minHeadingLevel: HeadingLevel) =>
    markdownBlocks(source, {
      base: options.url,
      minHeadingLevel,
      imageLabel: (alt) => article('pdfImage', { alt }),
    });

  const blocks: Block[] = [];
  const kind = [
    common(`publicationKind.${publication.kind}`),
    ...(publication.visibility === 'MEMBERS' ? [common('visibility.MEMBERS')] : []),
  ].join(' · ');
  blocks.push(text(kind, { spans: [{ text: kind, bold: true }], size: size.meta, colour: colour.muted, before: 0 }));
  blocks.push(
    text(publication.title, { spans: [{ text: publication.title, bold: true }], size: size.title, before: 6 }),
  );
  if (publication.authors.length > 0) {
    const authors = article('authors', { authors: publication.authors.join(separator) });
    blocks.push(text(authors, { spans: [{ text: authors, bold: true }], before: 8 }));
  }
  const dateAndOrganisation = [
    publication.publishedAt ? format.dateTime(publication.publishedAt, { dateStyle: 'long' }) : null,
    publication.organization?.name ?? null,
  ].filter((part) => part !== null);
  if (dateAndOrganisation.length > 0) blocks.push(text(dateAndOrganisation.join(' · '), { colour: colour.muted }));
  if (publication.source) {
    const sourceUrl = safeHttpUrl(publication.sourceUrl);
    const words = article('sourcePlain', { source: publication.source });
    blocks.push(
      text(words, {
        size: size.meta,
        colour: colour.muted,
        spans: sourceUrl
          ? [{ text: `${words} (` }, { text: sourceUrl, href: sourceUrl }, { text: ')' }]
          : [{ text: words }],
      }),
    );
  }
  blocks.push({ kind: 'rule', before: 10 });
  if (publication.visibility === 'MEMBERS') {
    blocks.push(text(article('membersOnly'), { colour: colour.warning, before: 10 }));
  }
  if (publication.summary) blocks.push(text(publication.summary, { size: size.summary, before: 10 }));
  blocks.push(...markdown(publication.body, 2));

  if (publication.sections.length > 0) {
    blocks.push(heading(article('contents')));
    // Headings only: they often carry their own numbers, and the outline links to each.
    for (const section of publication.sections) blocks.push(text(section.heading, { indent: listIndent, before: 3 }));
    for (const section of publication.sections) {
      blocks.push(heading(section.heading), ...markdown(section.body, 3));
    }
  }

  if (publication.files.length > 0) {
    blocks.push(heading(article('files')));
    for (const file of publication.files) {
      const href = absoluteUrl(`/library/${publication.slug}/files/${file.id}`);
      const details = article('fileDetails', {
        kind: common(`fileKind.${fileKindOf(file.contentType)}`),
        size: fileSizeText(format, file.size),
      });
      blocks.push(
        text(file.title, {
          spans: [
            { text: file.title, href },
            { text: ` — ${details}`, italic: true },
          ],
          indent: listIndent,
          marker: '•',
          before: 3,
        }),
      );
    }
  }

  const facts = [
    [article('language'), languageName(publication.language, options.locale)],
    [article('regions'), publication.regions.map((region) => region.name).join(separator)],
    [article('countries'), publication.countries.map((country) => country.name).join(separator)],
    [article('themes'), publication.themes.map((theme) => theme.label).join(separator)],
  ].filter(([, value]) => value);
  blocks.push(heading(article('details')));
  for (const [term, value] of facts) {
    blocks.push(text(`${term}: ${value}`, { spans: [{ text: `${term}: `, bold: true }, { text: value! }] }));
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Drawing. pdfkit's own line wrapper carries state across page breaks (the header drawn on a new
// page would inherit a link or a width from the text being wrapped), so lines are laid out here
// and each piece is drawn where it goes, with `lineBreak: false`.

type Doc = PDFKit.PDFDocument;

interface Piece {
  text: string;
  font: FontName;
  href?: string;
  width: number;
}

const fontOf = (span: Span): FontName =>
  span.mono ? 'mono' : span.bold ? (span.italic ? 'boldItalic' : 'bold') : span.italic ? 'italic' : 'regular';

function widthOf(doc: Doc, text: string, font: FontName, fontSize: number): number {
  return doc.font(font).fontSize(fontSize).widthOfString(text);
}

/** The spans cut into lines no wider than `width`: at spaces, or inside a word longer than a line. */
function linesOf(doc: Doc, block: TextBlock, width: number): Piece[][] {
  const lines: Piece[][] = [[]];
  let used = 0;
  const current = () => lines[lines.length - 1]!;
  const breakLine = () => {
    const line = current();
    while (line.length > 0 && !block.preformatted && line[line.length - 1]!.text.trim() === '') line.pop();
    lines.push([]);
    used = 0;
  };
  const add = (piece: Piece) => {
    current().push(piece);
    used += piece.width;
  };
  for (const span of block.spans) {
    const font = fontOf(span);
    const text = block.preformatted ? span.text : span.text.replace(/[^\S\n]+/g, ' ');
    for (const token of text.split(/(\n|[^\S\n]+)/)) {
      if (token === '') continue;
      if (token === '\n') {
        breakLine();
        continue;
      }
      const isSpace = token.trim() === '';
      if (isSpace && !block.preformatted) {
        const last = current()[current().length - 1];
        if (!last || last.text.endsWith(' ')) continue;
      }
      const tokenWidth = widthOf(doc, token, font, block.size);
      if (used + tokenWidth <= width || (isSpace && block.preformatted)) {
        add({ text: token, font, href: span.href, width: tokenWidth });
        continue;
      }
      if (isSpace) {
        breakLine();
        continue;
      }
      // The word moves to the next line with what is glued to it (a bracket, a bold part before it).
      const line = current();
      let glued = line.length;
      while (glued > 0 && line[glued - 1]!.text.trim() !== '') glued -= 1;
      if (glued > 0) {
        const carried = line.splice(glued);
        breakLine();
        carried.forEach(add);
        if (used + tokenWidth <= width) {
          add({ text: token, font, href: span.href, width: tokenWidth });
          continue;
        }
      }
      // A word wider than the line (a long address) is cut between characters.
      let rest = Array.from(token);
      while (rest.length > 0) {
        let take = rest.length;
        while (take > 0 && used + widthOf(doc, rest.slice(0, take).join(''), font, block.size) > width) take -= 1;
        if (take === 0 && current().length > 0) {
          breakLine();
          continue;
        }
        const part = rest.slice(0, Math.max(take, 1)).join('');
        add({ text: part, font, href: span.href, width: widthOf(doc, part, font, block.size) });
        rest = rest.slice(Math.max(take, 1));
        if (rest.length > 0) breakLine();
      }
    }
  }
  const last = current();
  while (last.length > 0 && !block.preformatted && last[last.length - 1]!.text.trim() === '') last.pop();
  return lines.filter((line, index) => line.length > 0 || (block.preformatted && index < lines.length - 1));
}

/** Neighbouring pieces in the same font and link, drawn as one. */
function mergedPieces(line: Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of line) {
    const previous = merged[merged.length - 1];
    if (previous && previous.font === piece.font && previous.href === piece.href) {
      merged[merged.length - 1] = {
        ...previous,
        text: previous.text + piece.text,
        width: previous.width + piece.width,
      };
    } else merged.push({ ...piece });
  }
  return merged;
}

class PdfWriter {
  constructor(private readonly doc: Doc) {}

  private get page() {
    return this.doc.page;
  }

  private get top() {
    return this.page.margins.top;
  }

  private get bottom() {
    return this.page.height - this.page.margins.bottom;
  }

  private get left() {
    return this.page.margins.left;
  }

  private get width() {
    return this.page.width - this.page.margins.left - this.page.margins.right;
  }

  /** A new page when `height` does not fit below the current position. */
  private ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private space(points = 0) {
    if (this.doc.y > this.top) this.doc.y += points;
  }

  draw(block: Block) {
    if (block.kind === 'rule') {
      this.space(block.before);
      this.ensure(8);
      const y = this.doc.y + 3;
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(0.5)
        .strokeColor(colour.rule)
        .stroke();
      this.doc.y = y + 5;
      return;
    }
    const indent = block.indent ?? 0;
    const lineHeight = block.size * lineSpacing;
    const lines = linesOf(this.doc, block, this.width - indent);
    if (lines.length === 0) return;
    this.space(block.before);
    this.ensure(lineHeight * (block.keepWithNext ? 2 : 1));
    if (block.bookmark) this.doc.outline.addItem(block.bookmark);
    lines.forEach((line, index) => {
      this.ensure(lineHeight);
      const y = this.doc.y;
      if (index === 0 && block.marker) {
        const markerWidth = widthOf(this.doc, block.marker, 'regular', block.size);
        this.doc
          .fillColor(block.colour ?? colour.text)
          .text(block.marker, this.left + indent - markerWidth - 5, y, { lineBreak: false });
      }
      let x = this.left + indent;
      for (const piece of mergedPieces(line)) {
        this.doc
          .font(piece.font)
          .fontSize(block.size)
          .fillColor(piece.href ? colour.link : (block.colour ?? colour.text))
          .text(
            piece.text,
            x,
            y,
            piece.href ? { lineBreak: false, link: piece.href, underline: true } : { lineBreak: false },
          );
        x += piece.width;
      }
      this.doc.x = this.left;
      this.doc.y = y + lineHeight;
    });
  }
}

/** The header and footer of every page: the coalition's name and the date above, the address and page below. */
function drawPageFrame(doc: Doc, options: PublicationPdfOptions, labels: Labels, pageNumber: number) {
  const { width, height, margins } = doc.page;
  const left = margins.left;
  const right = width - margins.right;
  const generated = labels.article('pdfGenerated', {
    date: labels.format.dateTime(options.generatedAt, { dateStyle: 'long' }),
  });
  const page = labels.article('pdfPage', { page: pageNumber });
  const generatedWidth = widthOf(doc, generated, 'regular', size.small);
  const name = fitted(doc, options.coalitionName, 'bold', right - left - generatedWidth - 12);
  const pageWidth = widthOf(doc, page, 'regular', size.small);
  const address = fitted(doc, options.url, 'regular', right - left - pageWidth - 12);
  const footerY = height - 42;
  doc.fillColor(colour.muted).fontSize(size.small);
  doc.font('bold').text(name, left, 34, { lineBreak: false });
  doc.font('regular').text(generated, right - generatedWidth, 34, { lineBreak: false });
  doc.font('regular').text(address, left, footerY, { lineBreak: false, link: linkTarget(options.url, options.url) });
  doc.font('regular').text(page, right - pageWidth, footerY, { lineBreak: false });
  doc.lineWidth(0.5).strokeColor(colour.rule);
  doc.moveTo(left, 48).lineTo(right, 48).stroke();
  doc
    .moveTo(left, footerY - 6)
    .lineTo(right, footerY - 6)
    .stroke();
  doc.x = left;
  doc.y = margins.top;
}

/** `text` in the small size, cut with an ellipsis when wider than `width`. */
function fitted(doc: Doc, text: string, font: FontName, width: number): string {
  if (widthOf(doc, text, font, size.small) <= width) return text;
  const characters = Array.from(text);
  while (characters.length > 1 && widthOf(doc, `${characters.join('')}…`, font, size.small) > width) characters.pop();
  return `${characters.join('')}…`;
}

/** The PDF's properties; pdfkit refuses an entry without a value. */
function documentInfo(publication: PublicationDetail, options: PublicationPdfOptions, labels: Labels) {
  const author = publication.authors.join(labels.common('listSeparator')) || publication.organization?.name;
  const keywords = publication.themes.map((theme) => theme.label).join(', ');
  return {
    Title: publication.title,
    ...(author ? { Author: author } : {}),
    ...(publication.summary ? { Subject: publication.summary } : {}),
    ...(keywords ? { Keywords: keywords } : {}),
    Creator: options.coalitionName,
    CreationDate: options.generatedAt,
  } satisfies PDFKit.DocumentInfo;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The publication as a PDF stream. Fonts and labels are ready before it returns; the pages are then
 * drawn a few blocks at a time, and each page leaves as soon as the next one starts, so a long
 * publication neither waits whole in memory nor holds the server's event loop.
 */
export async function renderPublicationPdf(
  publication: PublicationDetail,
  options: PublicationPdfOptions,
): Promise<Readable> {
  const [fonts, labels] = await Promise.all([readFonts(), labelsFor(options.locale)]);
  const blocks = publicationBlocks(publication, options, labels);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 68, bottom: 64, left: 62, right: 62 },
    autoFirstPage: false,
    pdfVersion: '1.7',
    lang: publication.language,
    displayTitle: true,
    info: documentInfo(publication, options, labels),
  });
  for (const [name, data] of fonts) doc.registerFont(name, data);
  let pageNumber = 0;
  doc.on('pageAdded', () => {
    pageNumber += 1;
    drawPageFrame(doc, options, labels, pageNumber);
  });
  doc.addPage();
  const writer = new PdfWriter(doc);
  void (async () => {
    try {
      for (const [index, block] of blocks.entries()) {
        // The reader went away (the response stream was cancelled): nothing more to draw.
        if (doc.destroyed) return;
        writer.draw(block);
        if (index % 25 === 24) await nextTurn();
      }
      doc.end();
    } catch (error) {
      // The response has started: the reader gets a cut-off file, the log gets the reason.
      console.error(`[portal] the PDF of ${publication.slug} could not be drawn`, error);
      doc.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return doc;
}

/**
 * Shown in the browser, saved as `<slug>.pdf`: an ASCII name for every browser (accents dropped,
 * other letters `_`), and the exact one in filename* when the slug is not ASCII.
 */
function pdfDisposition(slug: string): string {
  const fileName = `${slug}.pdf`;
  const ascii = fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return contentDisposition(fileName, { type: 'attachment', fallback: ascii });
}

/** What the PDF route sends: the document, its Content-Disposition, and whether it is members-only. */
export interface PublicationPdf {
  document: Readable;
  disposition: string;
  visibility: Visibility;
}

/**
 * The PDF of the publication at `slug` for this viewer, with the same rule as its page: 401 for a
 * visitor asking for a members-only one (signing in would open it), 404 for anything else they may
 * not read; `moved` with today's slug when `slug` is one it had before.
 */
export async function openPublicationPdf(
  viewer: MaybeViewer,
  slug: string,
  generatedAt = new Date(),
): Promise<Result<PublicationPdf | { moved: string }>> {
  // A slug never holds a control character (PostgreSQL refuses NUL).
  if (slug.length > 200 || /\p{Cc}/u.test(slug)) return missing();
  const result = await getPublication(viewer, slug);
  if (!result.ok) {
    const moved = result.status === 404 ? await findMovedPublication(viewer, slug) : null;
    return moved ? { ok: true, data: { moved } } : result;
  }
  const publication = result.data;
  const document = await renderPublicationPdf(publication, {
    coalitionName: getSiteSettings().name,
    url: absoluteUrl(`/library/${publication.slug}`),
    generatedAt,
    locale: defaultLocale,
  });
  return {
    ok: true,
    data: {
      document,
      disposition: pdfDisposition(publication.slug),
      visibility: publication.visibility,
    },
  };
}
