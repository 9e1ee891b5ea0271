import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { exportDirectory } from './export';
import { applyDirectoryImport } from './mutations';
import { checkDirectoryImport } from './queries';
import { directoryCsvColumns, importMaxBytes } from './schemas';

const meta = { ip: '192.0.2.28' };

const fileOf = (text: string) => new File([text], 'directory.csv', { type: 'text/csv' });

async function exportedText(viewer: Viewer): Promise<string> {
  const result = await exportDirectory(viewer, meta);
  if (!result.ok) throw new Error(`export refused: ${result.message}`);
  let text = '';
  for await (const chunk of result.data.body) text += String(chunk);
  return text;
}

/** The exported file's rows by column, as a spreadsheet would show them (escapes kept). */
const rowsOf = (text: string) => parse<Record<string, string>>(text, { bom: true, columns: true });

/** A file of these rows under the export's header. */
const fileText = (rows: Record<string, string>[]) =>
  stringify([directoryCsvColumns, ...rows.map((row) => directoryCsvColumns.map((column) => row[column] ?? ''))]);

/** A complete row for a new organisation. */
const newRow = (slug: string, extra: Record<string, string> = {}): Record<string, string> => ({
  slug,
  name: `Imported ${slug}`,
  type: 'NGO',
  category: 'MEMBER',
  status: 'ACTIVE',
  joinedAt: '2026-03-01',
  description: 'Monitors early signs.',
  descriptionVisibility: 'PUBLIC',
  website: 'https://example.org',
  websiteVisibility: 'PUBLIC',
  contactEmail: 'office@example.org',
  contactEmailVisibility: 'MEMBERS',
  countries: 'KE UG',
  countriesVisibility: 'PUBLIC',
  themes: 'early-warning',
  themesVisibility: 'PUBLIC',
  ...extra,
});

async function checked(viewer: Viewer, text: string) {
  const result = await checkDirectoryImport(viewer, fileOf(text));
  const data = dataOf(result);
  if (!data) throw new Error(`check refused: ${JSON.stringify(result)}`);
  return data;
}

/** What an import could have touched: every organisation and the audit log. */
const directoryState = async () => ({
  organizations: await db.organization.findMany({
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      name: true,
      description: true,
      updatedAt: true,
      countries: { select: { code: true } },
      regions: { select: { slug: true } },
    },
  }),
  audit: await db.auditEvent.count({ where: { subjectType: 'Organization' } }),
});

describe('the directory as CSV', () => {
  let admin: Viewer;
  let coordinator: Viewer;
  let member: Viewer;

  beforeAll(async () => {
    await ensureReferenceData(db);
    admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }));
    member = viewerOf(await createMember(db));
  });

  it('exports every organisation with its fields, members and escaped formulas, for admins alone', async () => {
    const organization = await createOrganization(db, {
      name: `Formula Watch ${uniqueSuffix()}`,
      status: 'LAPSED',
      description: '=HYPERLINK("https://evil.example","click")',
      website: 'https://formula.example.org',
      contactEmail: '+office@example.org',
      countries: ['UG', 'KE'],
      themes: ['early-warning'],
    });
    await db.organization.update({ where: { id: organization.id }, data: { websiteVisibility: 'MEMBERS' } });
    const person = await createMember(db, { organizationId: organization.id });

    const text = await exportedText(admin);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const row = rowsOf(text).find((candidate) => candidate.slug === organization.slug);
    expect(row).toMatchObject({
      name: organization.name,
      type: 'NGO',
      status: 'LAPSED',
      description: `'=HYPERLINK("https://evil.example","click")`,
      website: 'https://formula.example.org',
      websiteVisibility: 'MEMBERS',
      contactEmail: "'+office@example.org",
      countries: 'KE UG',
      themes: 'early-warning',
      members: person.email,
    });
    expect(await db.auditEvent.count({ where: { action: 'directory.exported', actorId: admin.id } })).toBe(1);

    for (const viewer of [null, member, coordinator]) {
      expect(await exportDirectory(viewer, meta)).toMatchObject({ ok: false, status: viewer ? 403 : 401 });
      expect(await checkDirectoryImport(viewer, fileOf(text))).toMatchObject({ ok: false });
      expect(
        await applyDirectoryImport(viewer, { intent: 'apply', content: 'YQ==', planHash: 'a'.repeat(64) }, meta),
      ).toMatchObject({ ok: false, status: viewer ? 403 : 401 });
    }
  });

  it('changes nothing when an export is imported again', async () => {
    await createOrganization(db, { description: '- a list\n- of lines, "quoted"', countries: ['CO'] });
    const before = await directoryState();
    const text = await exportedText(admin);
    const { plan, content } = await checked(admin, text);
    expect(plan).toMatchObject({ creates: [], changes: [], refusals: [], membersDiffer: [] });
    expect(plan.unchanged).toBe(before.organizations.length);
    expect(await applyDirectoryImport(admin, { intent: 'apply', content, planHash: plan.hash }, meta)).toMatchObject({
      ok: true,
      message: 'nothingToApply',
    });
    expect(await directoryState()).toEqual(before);
  });

  it('shows the rows to add and the fields to change, then applies exactly that in one go, audited', async () => {
    const organization = await createOrganization(db, { countries: ['CO'], description: 'Old text.' });
    const slug = `imported-${uniqueSuffix()}`;
    const exported = rowsOf(await exportedText(admin)).find((row) => row.slug === organization.slug)!;
    const text = fileText([
      { ...exported, description: 'New text.', countries: 'co, KE', themesVisibility: 'members' },
      newRow(slug),
    ]);
    const { plan, content } = await checked(admin, text);
    expect(plan.refusals).toEqual([]);
    expect(plan.creates).toMatchObject([{ line: 3, slug, name: `Imported ${slug}` }]);
    expect(plan.changes).toEqual([
      {
        line: 2,
        slug: organization.slug,
        name: organization.name,
        changes: [
          { column: 'description', before: 'Old text.', after: 'New text.' },
          { column: 'countries', before: 'CO', after: 'CO KE' },
          { column: 'themesVisibility', before: 'PUBLIC', after: 'MEMBERS' },
        ],
      },
    ]);

    const result = await applyDirectoryImport(admin, { intent: 'apply', content, planHash: plan.hash }, meta);
    expect(result).toMatchObject({ ok: true, message: 'applied', data: { created: 1, changed: 1 } });
    const changed = await db.organization.findUniqueOrThrow({
      where: { id: organization.id },
      select: {
        description: true,
        themesVisibility: true,
        regions: { select: { slug: true }, orderBy: { slug: 'asc' } },
      },
    });
    expect(changed).toEqual({
      description: 'New text.',
      themesVisibility: 'MEMBERS',
      regions: [{ slug: 'africa' }, { slug: 'americas' }],
    });
    const created = await db.organization.findUniqueOrThrow({
      where: { slug },
      select: {
        id: true,
        status: true,
        joinedAt: true,
        contactEmailVisibility: true,
        members: { select: { id: true } },
        countries: { select: { code: true }, orderBy: { code: 'asc' } },
        themes: { select: { slug: true } },
        regions: { select: { slug: true } },
      },
    });
    expect(created).toMatchObject({
      status: 'ACTIVE',
      joinedAt: new Date('2026-03-01T00:00:00Z'),
      contactEmailVisibility: 'MEMBERS',
      members: [],
      countries: [{ code: 'KE' }, { code: 'UG' }],
      themes: [{ slug: 'early-warning' }],
      regions: [{ slug: 'africa' }],
    });
    expect(
      await db.auditEvent.findMany({
        where: { subjectId: { in: [organization.id, created.id] } },
        select: { action: true, actorId: true, ip: true, before: true, after: true },
        orderBy: { action: 'asc' },
      }),
    ).toEqual([
      {
        action: 'organization.imported',
        actorId: admin.id,
        ip: meta.ip,
        before: null,
        after: expect.objectContaining({ slug, countries: 'KE UG' }) as unknown,
      },
      {
        action: 'organization.update',
        actorId: admin.id,
        ip: meta.ip,
        before: { description: 'Old text.', countries: 'CO', themesVisibility: 'PUBLIC' },
        after: { description: 'New text.', countries: 'CO KE', themesVisibility: 'MEMBERS' },
      },
    ]);
    // The same file again: it is what the directory holds now.
    const again = await checked(admin, text);
    expect(again.plan).toMatchObject({ creates: [], changes: [], unchanged: 2 });
  });

  it('refuses a bad file by line and with the reason, and applying it leaves nothing behind', async () => {
    const slug = `good-${uniqueSuffix()}`;
    const text = fileText([
      newRow(slug),
      newRow(`bad-country-${uniqueSuffix()}`, { countries: 'KE XX' }),
      newRow(`bad-theme-${uniqueSuffix()}`, { themes: 'no-such-theme' }),
      newRow(`bad-email-${uniqueSuffix()}`, { contactEmail: 'not an address', countries: 'KE ZZ' }),
      newRow(slug.toUpperCase()),
      newRow(`bad-type-${uniqueSuffix()}`, { type: 'CLUB', joinedAt: '2026-02-30' }),
      newRow('Not a slug!'),
    ]);
    const before = await directoryState();
    const { plan, content } = await checked(admin, text);
    expect(plan.creates).toMatchObject([{ line: 2, slug }]);
    expect(plan.refusals).toEqual([
      {
        line: 3,
        slug: expect.stringMatching(/^bad-country-/) as unknown,
        errors: [{ column: 'countries', key: 'countryUnknown', value: 'XX' }],
      },
      {
        line: 4,
        slug: expect.stringMatching(/^bad-theme-/) as unknown,
        errors: [{ column: 'themes', key: 'themeUnknown', value: 'no-such-theme' }],
      },
      {
        line: 5,
        slug: expect.stringMatching(/^bad-email-/) as unknown,
        errors: [
          { column: 'contactEmail', key: 'emailInvalid' },
          { column: 'countries', key: 'countryUnknown', value: 'ZZ' },
        ],
      },
      { line: 6, slug, errors: [{ column: 'slug', key: 'slugRepeated', value: '2' }] },
      {
        line: 7,
        slug: expect.stringMatching(/^bad-type-/) as unknown,
        errors: [
          { column: 'type', key: 'typeUnknown' },
          { column: 'joinedAt', key: 'dateInvalid' },
        ],
      },
      { line: 8, slug: 'Not a slug!', errors: [{ column: 'slug', key: 'slugInvalid' }] },
    ]);
    expect(await applyDirectoryImport(admin, { intent: 'apply', content, planHash: plan.hash }, meta)).toMatchObject({
      ok: false,
      status: 400,
      message: 'fileHasRefusals',
    });
    expect(await directoryState()).toEqual(before);
  });

  it('refuses to apply a plan once the file or the directory changed since the check', async () => {
    const organization = await createOrganization(db, { countries: ['KE'], description: 'As checked.' });
    const exported = rowsOf(await exportedText(admin)).find((row) => row.slug === organization.slug)!;
    const { plan, content } = await checked(admin, fileText([{ ...exported, description: 'From the file.' }]));
    expect(plan.changes).toHaveLength(1);

    const other = Buffer.from(fileText([{ ...exported, description: 'Another file.' }])).toString('base64');
    expect(
      await applyDirectoryImport(admin, { intent: 'apply', content: other, planHash: plan.hash }, meta),
    ).toMatchObject({
      ok: false,
      status: 409,
      message: 'planChanged',
    });
    await db.organization.update({ where: { id: organization.id }, data: { description: 'Edited meanwhile.' } });
    const before = await directoryState();
    expect(await applyDirectoryImport(admin, { intent: 'apply', content, planHash: plan.hash }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'planChanged',
    });
    expect(await directoryState()).toEqual(before);
  });

  it('refuses a file it cannot read as a whole, saying why', async () => {
    const header = directoryCsvColumns.join(',');
    const cases: [BlobPart, Record<string, unknown>][] = [
      ['', { status: 400, message: 'fileRequired' }],
      [`${header}\n`, { message: 'fileEmpty' }],
      ['slug,name\nkenya-watch,Kenya Watch\n', { message: 'fileColumnsMissing' }],
      [`${header},password\n`, { message: 'fileColumnsUnknown', params: { columns: 'password' } }],
      [`${header}\n"unclosed,quote\n`, { message: 'fileNotCsv' }],
      [new Uint8Array([0xff, 0xfe, 0x00, 0x41]), { message: 'fileNotText' }],
      ['x'.repeat(importMaxBytes + 1), { status: 413, message: 'fileTooLarge' }],
    ];
    for (const [body, refusal] of cases) {
      expect(await checkDirectoryImport(admin, new File([body], 'directory.csv'))).toMatchObject({
        ok: false,
        ...refusal,
      });
    }
    expect(await checkDirectoryImport(admin, 'not a file')).toMatchObject({ ok: false, message: 'fileRequired' });
  });
});
