// The directory as a CSV file (docs/decisions/028-directory-csv.md): its columns, declared once for
// the export and the import; the schema of one row of an imported file; and the import form's. A
// row's messages are keys of the `directoryCsv.errors` catalogue, or the shared `errors.fields`.
import { z } from 'zod';
import {
  profileFieldNames,
  profileFields,
  visibilityColumn,
  type ProfileFieldName,
} from '@/lib/directory/profile-fields';
import { optionalDateSchema, requiredLine, slugPattern, visibilitySchema } from '@/lib/forms/fields';
import { MembershipCategory, OrganizationStatus, OrganizationType } from '@/lib/generated/prisma/enums';

/** The largest file an import reads (the server action's body also carries it back once: under 1 MB). */
export const importMaxBytes = 512 * 1024;

/** The most organisations one file may hold. */
export const importMaxRows = 2_000;

/** The columns every row has besides the profile's fields, and the read-only list of members. */
const organizationColumns = ['slug', 'name', 'type', 'category', 'status', 'joinedAt'] as const;

/** Each profile field and who sees it, in the order the profile form shows them. */
const profileColumns = profileFieldNames.flatMap((field) => [field, visibilityColumn(field)]);

/**
 * The header row and the order of every row. `members` lists the addresses of the organisation's
 * people; an import reads it but never changes anyone (decision 028).
 */
export const directoryCsvColumns: readonly string[] = [...organizationColumns, ...profileColumns, 'members'];

/** The columns an imported file must have (`members` may be left out). */
export const requiredColumns = directoryCsvColumns.filter((column) => column !== 'members');

/** How a list (countries, themes, members) is written in one cell: separated by spaces. */
export const listSeparator = ' ';

/** A list cell as typed in a spreadsheet: spaces, commas or semicolons between items. */
export const splitList = (cell: string): string[] => cell.split(/[\s,;]+/).filter(Boolean);

/** The longest name an organisation may have. */
export const organizationNameMaxLength = 200;

/**
 * What a spreadsheet would run as a formula: a cell that starts with =, +, -, @, a tab or a carriage
 * return (csv-stringify's `escape_formulas` set). The export puts a ' before such a cell, and before
 * one that starts with ' itself, so that the import, which takes one leading ' away, reads back
 * exactly what was exported.
 */
const formulaStart = /^[=+\-@\t\r']/;

export const escapeCell = (cell: string): string => (formulaStart.test(cell) ? `'${cell}` : cell);

export const unescapeCell = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

const enumCell = <T extends Record<string, string>>(values: T, error: string) =>
  z.string().trim().toUpperCase().pipe(z.enum(values, { error }));

/** An empty visibility cell is PUBLIC, as a new profile's fields are. */
const visibilityCell = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() || 'PUBLIC' : value),
  visibilitySchema,
);

/** A cell of a profile field: a list cell is split into its items first, then read by the field's own schema. */
function profileCell(field: ProfileFieldName) {
  const schema = profileFields[field].schema;
  const kind = profileFields[field].kind;
  return kind === 'themes' || kind === 'countries'
    ? z.preprocess((value) => (typeof value === 'string' ? splitList(value) : value), schema)
    : schema;
}

type ProfileCells = { [F in ProfileFieldName]: z.ZodType<z.output<(typeof profileFields)[F]['schema']>> };
type VisibilityCells = { [F in ProfileFieldName as `${F}Visibility`]: typeof visibilityCell };

const profileShape = Object.fromEntries(
  profileFieldNames.flatMap((field) => [
    [field, profileCell(field)],
    [visibilityColumn(field), visibilityCell],
  ]),
  // Built from the declared fields: each field's cell and its visibility.
) as ProfileCells & VisibilityCells;

/** One organisation of an imported file, its cells already unescaped. */
export const directoryRowSchema = z.object({
  slug: z.string().trim().toLowerCase().max(80, { error: 'slugInvalid' }).regex(slugPattern, { error: 'slugInvalid' }),
  name: requiredLine(organizationNameMaxLength, {
    required: 'nameRequired',
    tooLong: 'nameTooLong',
    invalid: 'nameRequired',
  }),
  type: enumCell(OrganizationType, 'typeUnknown'),
  category: enumCell(MembershipCategory, 'categoryUnknown'),
  status: enumCell(OrganizationStatus, 'statusUnknown'),
  joinedAt: optionalDateSchema,
  ...profileShape,
});

export type DirectoryRow = z.output<typeof directoryRowSchema>;

/** The import form: check a file (step 1), or apply the plan that checking it showed (step 2). */
export const directoryImportSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('check') }),
  z.object({
    intent: z.literal('apply'),
    /** The file that was checked, as base64 (a hidden field). */
    content: z.base64({ error: 'planChanged' }).max(Math.ceil(importMaxBytes / 3) * 4, { error: 'fileTooLarge' }),
    /** The fingerprint of the plan that was shown: the apply is refused if the plan is another now. */
    planHash: z.string().regex(/^[a-f0-9]{64}$/, { error: 'planChanged' }),
  }),
]);

export type DirectoryImportInput = z.input<typeof directoryImportSchema>;
