// A publication's PDF as a reader gets it: read back with a real PDF parser (unpdf, pdf.js), not by
// looking for words in compressed bytes.
import type { Readable } from 'node:stream';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { absoluteUrl } from '@/lib/site/settings';
import { member, visitor } from '@/lib/testing/viewers';
import { createOrganization, createPublication, uniqueSuffix } from '@/prisma/seed/factories';
import { openPublicationPdf, renderPublicationPdf } from './pdf';
import { getPublication, type PublicationDetail } from './queries';

async function bytesOf(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

interface LinkAnnotation {
  subtype: string;
  url?: string;
  unsafeUrl?: string;
  action?: string;
  actions?: unknown;
}

/** What a reader's PDF viewer finds in it: the text of each page, the links, the document's properties. */
async function readPdf(bytes: Uint8Array) {
  // pdf.js takes the buffer over: it gets a copy.
  const pdf = await getDocumentProxy(bytes.slice());
  const { text: pages } = await extractText(pdf, { mergePages: false });
  const annotations: LinkAnnotation[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    annotations.push(...((await page.getAnnotations()) as LinkAnnotation[]));
  }
  const { info } = await pdf.getMetadata();
  return { pages, text: pages.join('\n'), annotations, info };
}

const detailOf = async (slug: string): Promise<PublicationDetail> => {
  const result = await getPublication(visitor, slug);
  if (!result.ok) throw new Error(`${slug} is not readable`);
  return result.data;
};

const generatedAt = new Date('2026-03-14T10:00:00Z');

describe('the PDF of a publication', () => {
  const suffix = uniqueSuffix();
  let toolkit: string;

  beforeAll(async () => {
    const organization = await createOrganization(db, { name: `Łódź Rights Watch ${suffix}` });
    const created = await createPublication(db, {
      title: `Ελλάδα: protecting civilians ${suffix}`,
      kind: 'TOOLKIT',
      authors: ['Zoë Łukasiewicz', 'Анна Петрова'],
      organizationId: organization.id,
      publishedAt: new Date('2025-11-02T09:00:00Z'),
      source: 'The Humanitarian Review',
      sourceUrl: 'https://review.example.org/issue-4',
      summary: 'How local groups document harm to civilians.',
      body: [
        '## Why it matters',
        '',
        'Records kept **early** and *carefully* hold up in court. Read [the 2024 report](https://example.org/report).',
        '',
        '- Write down the date',
        '- Keep the original files',
        '',
        '1. Photograph',
        '2. Store',
      ].join('\n'),
      sections: [
        { heading: 'First steps in Kraków', body: 'Start with a notebook.' },
        { heading: 'Second steps', body: 'Then a spreadsheet.' },
      ],
    });
    toolkit = created.slug;
    await db.attachment.create({
      data: {
        publicationId: created.id,
        title: 'Checklist for Θεσσαλονίκη',
        fileName: 'checklist.pdf',
        contentType: 'application/pdf',
        size: 348_160,
        sha256: '0'.repeat(64),
        storageKey: `pdf-test-${suffix}`.padEnd(32, '0'),
      },
    });
  });

  it('is a PDF with the title, the coalition, the address and the date on it, in Greek, Polish and Cyrillic', async () => {
    const url = absoluteUrl(`/library/${toolkit}`);
    const bytes = await bytesOf(
      await renderPublicationPdf(await detailOf(toolkit), {
        coalitionName: 'Coalition for Civilian Protection',
        url,
        generatedAt,
        locale: 'en',
      }),
    );
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const { text, info } = await readPdf(bytes);
    const words = text.replace(/\s+/g, ' ');
    for (const expected of [
      `Ελλάδα: protecting civilians ${suffix}`,
      'Coalition for Civilian Protection',
      url,
      'Generated on March 14, 2026',
      'Toolkit',
      'By Zoë Łukasiewicz, Анна Петрова',
      'November 2, 2025',
      `Łódź Rights Watch ${suffix}`,
      'First published in The Humanitarian Review (https://review.example.org/issue-4)',
      'How local groups document harm to civilians.',
      'Why it matters',
      'Write down the date',
      '2.',
      'First steps in Kraków',
      'Then a spreadsheet.',
      'Checklist for Θεσσαλονίκη',
      'PDF, 340 kB',
    ]) {
      expect(words).toContain(expected);
    }
    // A link is its words followed by its address, which prints.
    expect(words).toContain('the 2024 report (https://example.org/report).');
    expect(info).toMatchObject({
      Title: `Ελλάδα: protecting civilians ${suffix}`,
      Author: 'Zoë Łukasiewicz, Анна Петрова',
      Creator: 'Coalition for Civilian Protection',
      Language: 'en',
    });
  });

  it('never turns a javascript: address into a link; http(s) and mailto ones are clickable', async () => {
    const { slug } = await createPublication(db, {
      title: `Links ${uniqueSuffix()}`,
      body: [
        '[click me](javascript:alert(1)) and [JS again](JAVASCRIPT:alert(2))',
        '<a href="javascript:alert(3)">raw html</a>',
        '[data](data:text/html;base64,PHNjcmlwdD4=)',
        '[the report](https://example.org/report) [write](mailto:office@example.org) [another](/library/other)',
      ].join('\n\n'),
    });
    const url = absoluteUrl(`/library/${slug}`);
    const bytes = await bytesOf(
      await renderPublicationPdf(await detailOf(slug), { coalitionName: 'C', url, generatedAt, locale: 'en' }),
    );
    const { text, annotations } = await readPdf(bytes);
    expect(text).toContain('click me');
    expect(text).toContain('JS again');
    expect(text).not.toMatch(/javascript|alert|data:/i);
    const links = annotations.filter((annotation) => annotation.subtype === 'Link');
    for (const link of links) {
      expect(link.unsafeUrl ?? '').toMatch(/^(https?|mailto):/);
      expect(link.action).toBeUndefined();
      expect(link.actions).toBeUndefined();
    }
    expect(links.map((link) => link.url)).toEqual(
      expect.arrayContaining([
        'https://example.org/report',
        'mailto:office@example.org',
        absoluteUrl('/library/other'),
      ]),
    );
    expect(text.replace(/\s+/g, ' ')).toContain(`another (${absoluteUrl('/library/other')})`);
  });

  it('carries the coalition, the address, the date and its number on every page', async () => {
    const { slug } = await createPublication(db, {
      title: `Long report ${uniqueSuffix()}`,
      body: Array.from({ length: 60 }, (_, index) => `Paragraph ${index + 1}. ${'Evidence is kept. '.repeat(20)}`).join(
        '\n\n',
      ),
    });
    const url = absoluteUrl(`/library/${slug}`);
    const bytes = await bytesOf(
      await renderPublicationPdf(await detailOf(slug), {
        coalitionName: 'Coalitio Ελλάς',
        url,
        generatedAt,
        locale: 'en',
      }),
    );
    const { pages, text } = await readPdf(bytes);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain('Coalitio Ελλάς');
      expect(page).toContain(url);
      expect(page).toContain('Generated on March 14, 2026');
      expect(page).toContain(`Page ${index + 1}`);
    });
    expect(text).toContain('Paragraph 60.');
  });
});

describe('who gets the PDF', () => {
  const suffix = uniqueSuffix();
  let publicSlug: string;
  let membersOnly: string;
  let draft: string;

  beforeAll(async () => {
    publicSlug = (await createPublication(db, { title: `Public note ${suffix}`, body: 'For everyone.' })).slug;
    membersOnly = (
      await createPublication(db, { title: `Members note ${suffix}`, visibility: 'MEMBERS', body: 'For members.' })
    ).slug;
    draft = (await createPublication(db, { title: `Draft note ${suffix}`, status: 'DRAFT' })).slug;
  });

  it('sends a visitor asking for a members-only one to sign in, and gives it to a member', async () => {
    expect(await openPublicationPdf(visitor, membersOnly)).toMatchObject({ ok: false, status: 401 });
    const result = await openPublicationPdf(member, membersOnly, generatedAt);
    if (!result.ok || !('document' in result.data)) throw new Error('a member should get the PDF');
    expect(result.data.visibility).toBe('MEMBERS');
    // content-disposition quotes a name only when it must: an ASCII slug is a token as it is.
    expect(result.data.disposition).toBe(`attachment; filename=${membersOnly}.pdf`);
    const { text } = await readPdf(await bytesOf(result.data.document));
    expect(text).toContain(`Members note ${suffix}`);
    expect(text).toContain(env.COALITION_NAME);
    expect(text).toContain(absoluteUrl(`/library/${membersOnly}`));
    expect(text).toContain('Generated on March 14, 2026');
    expect(text).toContain('for coalition members only');
  });

  it('gives anyone a public one', async () => {
    const result = await openPublicationPdf(visitor, publicSlug);
    if (!result.ok || !('document' in result.data)) throw new Error('a visitor should get the PDF');
    expect(result.data.visibility).toBe('PUBLIC');
    expect(new TextDecoder().decode((await bytesOf(result.data.document)).subarray(0, 5))).toBe('%PDF-');
  });

  it('says nothing about a draft, an unknown slug or a malformed one', async () => {
    for (const viewer of [visitor, member]) {
      expect(await openPublicationPdf(viewer, draft)).toMatchObject({ ok: false, status: 404 });
      expect(await openPublicationPdf(viewer, `no-such-${suffix}`)).toMatchObject({ ok: false, status: 404 });
      expect(await openPublicationPdf(viewer, 'bad\u0000slug')).toMatchObject({ ok: false, status: 404 });
    }
  });

  it('leads an old address to today’s, only for those who may read it or may by signing in', async () => {
    const publicPiece = await db.publication.findUniqueOrThrow({ where: { slug: publicSlug }, select: { id: true } });
    const membersPiece = await db.publication.findUniqueOrThrow({ where: { slug: membersOnly }, select: { id: true } });
    const draftPiece = await db.publication.findUniqueOrThrow({ where: { slug: draft }, select: { id: true } });
    await db.publicationSlugAlias.createMany({
      data: [
        { slug: `old-public-${suffix}`, publicationId: publicPiece.id },
        { slug: `old-members-${suffix}`, publicationId: membersPiece.id },
        { slug: `old-draft-${suffix}`, publicationId: draftPiece.id },
      ],
    });
    expect(await openPublicationPdf(visitor, `old-public-${suffix}`)).toEqual({
      ok: true,
      data: { moved: publicSlug },
    });
    expect(await openPublicationPdf(visitor, `old-members-${suffix}`)).toEqual({
      ok: true,
      data: { moved: membersOnly },
    });
    expect(await openPublicationPdf(member, `old-draft-${suffix}`)).toMatchObject({ ok: false, status: 404 });
  });

  it('names the file after its slug, in ASCII with the exact name beside it', async () => {
    const { slug } = await createPublication(db, { title: `Łódź ${suffix}`, slug: `łódź-${suffix}` });
    const result = await openPublicationPdf(visitor, slug);
    if (!result.ok || !('document' in result.data)) throw new Error('a visitor should get the PDF');
    result.data.document.resume();
    expect(result.data.disposition).toBe(
      `attachment; filename=_odz-${suffix}.pdf; filename*=UTF-8''%C5%82%C3%B3d%C5%BA-${suffix}.pdf`,
    );
  });
});
