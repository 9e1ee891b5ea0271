// What an imported directory file would do (docs/decisions/028-directory-csv.md): read the file,
// read every row with the row schema, and compare each with the organisation of its slug. The
// same plan is shown by the dry run and built again inside the apply's transaction, where its
// fingerprint must match the one the dry run showed. Exported rows are compared as the import
// reads them (through the same schema), so an export imported again plans no change.
import 'server-only';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { kindOf, profileFieldNames, profileSelect, visibilityColumn } from '@/lib/directory/profile-fields';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import {
  directoryCsvColumns,
  directoryRowSchema,
  importMaxBytes,
  importMaxRows,
  listSeparator,
  requiredColumns,
  splitList,
  unescapeCell,
  type DirectoryRow,
} from './schemas';

type Client = PrismaClient | Prisma.TransactionClient;

/** One row's cells by column, as strings. */
export type Cells = Record<string, string>;

/** What the directory's export and the import's comparison read of an organisation. */
export const organizationCsvSelect = {
  ...profileSelect,
  id: true,
  slug: true,
  name: true,
  type: true,
  category: true,
  status: true,
  joinedAt: true,
  countries: { orderBy: { code: 'asc' }, select: { code: true, regionId: true } },
  themes: { orderBy: { slug: 'asc' }, select: { slug: true } },
  members: { orderBy: { email: 'asc' }, select: { email: true } },
  regions: { select: { id: true } },
} as const satisfies Prisma.OrganizationSelect;

export type StoredOrganization = Prisma.OrganizationGetPayload<{ select: typeof organizationCsvSelect }>;

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? '';

/** A list cell: its items sorted, separated by spaces, so a re-ordered list is not a change. */
const listCell = (items: readonly string[]) => [...items].sort().join(listSeparator);

/** A text, a choice or a missing value as a cell. */
const textCell = (value: unknown) => (typeof value === 'string' ? value : '');

/** An organisation's cells, unescaped: what the export writes (escaped) and the import compares with. */
export function storedCells(organization: StoredOrganization): Cells {
  const cells: Cells = {
    slug: organization.slug,
    name: organization.name,
    type: organization.type,
    category: organization.category,
    status: organization.status,
    joinedAt: day(organization.joinedAt),
    members: listCell(organization.members.map((member) => member.email)),
  };
  for (const field of profileFieldNames) {
    const kind = kindOf(field);
    cells[field] =
      kind === 'countries'
        ? listCell(organization.countries.map((country) => country.code))
        : kind === 'themes'
          ? listCell(organization.themes.map((theme) => theme.slug))
          : textCell(organization[field]);
    cells[visibilityColumn(field)] = organization[visibilityColumn(field)];
  }
  return cells;
}

/** A row as the import reads it, as cells: what is compared, shown and written to the audit log. */
function rowCells(row: DirectoryRow): Cells {
  const cells: Cells = {};
  for (const [column, value] of Object.entries(row)) {
    cells[column] = Array.isArray(value) ? listCell(value) : value instanceof Date ? day(value) : textCell(value);
  }
  return cells;
}

/** The columns an import changes: all but the slug (the key) and the members (never changed). */
export const changeableColumns = requiredColumns.filter((column) => column !== 'slug');

// ─── Reading the file ─────────────────────────────────────────────────────────

/** A refusal of the whole file: a key of `directoryCsv.errors` and the values it names. */
export interface FileRefusal {
  message: string;
  params?: Record<string, string | number>;
}

export interface FileRow {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  cells: Cells;
}

const nulByte = /\u0000/;

/** The rows of a file, by column, or why the file cannot be read at all. */
export function readDirectoryFile(bytes: Uint8Array): { ok: true; rows: FileRow[] } | ({ ok: false } & FileRefusal) {
  if (bytes.byteLength === 0) return { ok: false, message: 'fileEmpty' };
  if (bytes.byteLength > importMaxBytes) return { ok: false, message: 'fileTooLarge' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'fileNotText' };
  }
  if (nulByte.test(text)) return { ok: false, message: 'fileNotText' };
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // With `info`, each record comes with where it ended (csv-parse's types miss that option's shape).
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      max_record_size: importMaxBytes,
    }) as unknown as typeof records;
  } catch (error) {
    const line = error instanceof Error && 'lines' in error && typeof error.lines === 'number' ? error.lines : 0;
    return { ok: false, message: 'fileNotCsv', params: { line } };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, message: 'fileEmpty' };
  const columns = header.record.map((name) => name.trim());
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ok: false, message: 'fileColumnsMissing', params: { columns: missing.join(', ') } };
  const unknown = columns.filter((column) => !directoryCsvColumns.includes(column));
  if (unknown.length > 0) return { ok: false, message: 'fileColumnsUnknown', params: { columns: unknown.join(', ') } };
  if (new Set(columns).size !== columns.length) return { ok: false, message: 'fileColumnsRepeated' };
  if (body.length === 0) return { ok: false, message: 'fileEmpty' };
  if (body.length > importMaxRows) return { ok: false, message: 'fileTooManyRows', params: { max: importMaxRows } };

  let previous = header.info;
  const rows = body.map(({ record, info }) => {
    // A record ends on `info.lines`; it starts after the previous one and the empty lines between.
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    const cells = Object.fromEntries(columns.map((column, index) => [column, unescapeCell(record[index] ?? '')]));
    return { line, cells };
  });
  return { ok: true, rows };
}

// ─── The plan ───────────────────────────────────────────────────────────────

/** Why one cell of a row is refused: a message key, and the values it names (unknown codes). */
export interface CellRefusal {
  column: string;
  key: string;
  value?: string;
}

export interface PlannedCreate {
  line: number;
  slug: string;
  name: string;
  cells: Cells;
}

export interface PlannedChange {
  line: number;
  slug: string;
  name: string;
  changes: { column: string; before: string; after: string }[];
}

export interface RefusedRow {
  line: number;
  slug: string;
  errors: CellRefusal[];
}

/** What an import would do: the dry run's answer. */
export interface DirectoryImportPlan {
  creates: PlannedCreate[];
  changes: PlannedChange[];
  refusals: RefusedRow[];
  /** Rows that change nothing. */
  unchanged: number;
  /** Rows whose members differ from the portal's: shown, never applied. */
  membersDiffer: { line: number; slug: string }[];
  /** The plan's fingerprint, which the apply must find again. */
  hash: string;
}

/** A plan and what applying it writes: each row as read, and each organisation it changes. */
export interface PlanWithRows {
  plan: DirectoryImportPlan;
  rows: Map<number, DirectoryRow>;
  stored: Map<string, StoredOrganization>;
  countryRegions: Map<string, string>;
}

const controlCharacters = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The refusals of a row that fails its schema, one per cell. */
function schemaRefusals(error: z.ZodError): CellRefusal[] {
  return Object.entries(z.flattenError(error).fieldErrors).map(([column, keys]) => ({
    column,
    key: (keys as string[] | undefined)?.[0] ?? 'invalid',
  }));
}

/** One cell read alone by its column's schema, or undefined when it is refused. */
function cellValue<C extends 'slug' | 'countries' | 'themes'>(column: C, cells: Cells) {
  const result = directoryRowSchema.shape[column].safeParse(cells[column] ?? '');
  return result.success ? (result.data as z.output<(typeof directoryRowSchema.shape)[C]>) : undefined;
}

/** Builds the plan of a file's rows against the organisations stored now (read with `client`). */
export async function planDirectoryRows(client: Client, fileRows: FileRow[]): Promise<PlanWithRows> {
  const parsed = fileRows.map(({ line, cells }) => {
    const controls = Object.keys(cells).filter((column) => controlCharacters.test(cells[column] ?? ''));
    if (controls.length > 0) {
      return { line, cells, errors: controls.map((column) => ({ column, key: 'invalidCharacters' })) };
    }
    const result = directoryRowSchema.safeParse(cells);
    return result.success
      ? { line, cells, row: result.data, errors: [] as CellRefusal[] }
      : { line, cells, errors: schemaRefusals(result.error) };
  });
  // The key and the tags of every row, each cell read alone: a row refused for another cell is
  // still told of an unknown country or theme and of a repeated slug, so one check finds them all.
  const keysOf = ({ row, cells }: (typeof parsed)[number]) => ({
    slug: row?.slug ?? cellValue('slug', cells),
    countries: row?.countries ?? cellValue('countries', cells) ?? [],
    themes: row?.themes ?? cellValue('themes', cells) ?? [],
  });
  const keys = parsed.map(keysOf);

  // One after the other: inside the apply's transaction, its one connection answers one query at a time.
  const countries = await client.country.findMany({
    where: { code: { in: [...new Set(keys.flatMap((key) => key.countries))] } },
    select: { code: true, regionId: true },
  });
  const themes = await client.theme.findMany({
    where: { slug: { in: [...new Set(keys.flatMap((key) => key.themes))] } },
    select: { slug: true },
  });
  const organizations = await client.organization.findMany({
    where: { slug: { in: [...new Set(parsed.flatMap((entry) => (entry.row ? [entry.row.slug] : [])))] } },
    select: organizationCsvSelect,
  });
  const countryRegions = new Map(countries.map((country) => [country.code, country.regionId]));
  const knownThemes = new Set(themes.map((theme) => theme.slug));
  const stored = new Map(organizations.map((organization) => [organization.slug, organization]));

  const plan: Omit<DirectoryImportPlan, 'hash'> = {
    creates: [],
    changes: [],
    refusals: [],
    unchanged: 0,
    membersDiffer: [],
  };
  const rows = new Map<number, DirectoryRow>();
  const firstLineOf = new Map<string, number>();
  for (const [index, { line, cells, row, errors }] of parsed.entries()) {
    const key = keys[index] ?? { slug: undefined, countries: [], themes: [] };
    const slug = key.slug ?? (cells.slug ?? '').trim();
    const refusals = [...errors];
    if (key.slug !== undefined) {
      const earlier = firstLineOf.get(key.slug);
      if (earlier !== undefined) refusals.push({ column: 'slug', key: 'slugRepeated', value: String(earlier) });
      else firstLineOf.set(key.slug, line);
    }
    const unknownCountries = key.countries.filter((code) => !countryRegions.has(code));
    if (unknownCountries.length > 0) {
      refusals.push({ column: 'countries', key: 'countryUnknown', value: unknownCountries.join(', ') });
    }
    const unknownThemes = key.themes.filter((theme) => !knownThemes.has(theme));
    if (unknownThemes.length > 0) {
      refusals.push({ column: 'themes', key: 'themeUnknown', value: unknownThemes.join(', ') });
    }
    if (!row || refusals.length > 0) {
      plan.refusals.push({ line, slug, errors: refusals });
      continue;
    }
    rows.set(line, row);
    const after = rowCells(row);
    const current = stored.get(row.slug);
    if (!current) {
      plan.creates.push({ line, slug: row.slug, name: row.name, cells: after });
      continue;
    }
    const currentCells = storedCells(current);
    if ('members' in cells && listCell(splitList(cells.members ?? '')) !== currentCells.members) {
      plan.membersDiffer.push({ line, slug: row.slug });
    }
    // The stored row read as the import reads a file (trimmed, tidied), so only real changes show.
    const storedRead = directoryRowSchema.safeParse(currentCells);
    const before = storedRead.success ? rowCells(storedRead.data) : currentCells;
    const changes = changeableColumns
      .filter((column) => before[column] !== after[column])
      .map((column) => ({ column, before: currentCells[column] ?? '', after: after[column] ?? '' }));
    if (changes.length === 0) plan.unchanged += 1;
    else plan.changes.push({ line, slug: row.slug, name: row.name, changes });
  }
  const hash = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
  return { plan: { ...plan, hash }, rows, stored, countryRegions };
}
