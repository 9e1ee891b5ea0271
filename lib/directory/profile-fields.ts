// The organisation profile's fields, declared once. This list drives the profile form's zod schema,
// the form itself, the directory's select, and the visibility rule: each field has a column
// <field>Visibility (PUBLIC or MEMBERS), and a field its organisation keeps for members is replaced by
// its kind's empty value before any page or payload sees it (profileForViewer in queries.ts).
//
// Adding a field of an existing kind touches four files: prisma/schema.prisma (the column and its
// <field>Visibility column), its migration, this list, and lib/i18n/messages/en/organizationProfile.json
// (`fields.<name>`). A new kind also needs its widget in the form and its rendering on the profile
// page. See docs/data-layer.md, "Organisation profile fields".
import { z } from 'zod';
import {
  countryCodesSchema,
  optionalEmailSchema,
  optionalWebsiteSchema,
  themeSlugsSchema,
  visibilitySchema,
} from '@/lib/forms/fields';
import { type Visibility } from '@/lib/generated/prisma/enums';

/**
 * What each kind of field holds when read (the kind's select), what the form sends, and what a
 * viewer gets when the field is kept from them.
 */
export interface ProfileFieldKinds {
  /** Paragraphs of plain text. */
  text: { value: string; input: string };
  /** A web address. */
  url: { value: string | null; input: string };
  /** An email address. */
  email: { value: string | null; input: string };
  /** Tags of the themes vocabulary. */
  themes: { value: { slug: string; label: string }[]; input: string[] };
  /** Countries of work; the organisation's regions follow from them. */
  countries: { value: { code: string; name: string }[]; input: string[] };
}
export type ProfileFieldKind = keyof ProfileFieldKinds;

export const descriptionMaxLength = 4000;

/** The fields, in the order the form and the profile page show them. */
export const profileFields = {
  description: {
    kind: 'text',
    maxLength: descriptionMaxLength,
    schema: z.string().trim().max(descriptionMaxLength, { error: 'descriptionTooLong' }),
  },
  website: { kind: 'url', schema: optionalWebsiteSchema },
  contactEmail: { kind: 'email', schema: optionalEmailSchema },
  countries: { kind: 'countries', schema: countryCodesSchema },
  themes: { kind: 'themes', schema: themeSlugsSchema },
} as const satisfies Record<string, { kind: ProfileFieldKind; schema: z.ZodType; maxLength?: number }>;

export type ProfileFieldName = keyof typeof profileFields;
type KindOf<F extends ProfileFieldName> = (typeof profileFields)[F]['kind'];

export const profileFieldNames = Object.keys(profileFields) as ProfileFieldName[];

export const isProfileFieldName = (value: string): value is ProfileFieldName => Object.hasOwn(profileFields, value);

/** The kind of a field, typed. */
export const kindOf = <F extends ProfileFieldName>(field: F): KindOf<F> => profileFields[field].kind;

/** A profile as read: each field's value. */
export type ProfileValues = { [F in ProfileFieldName]: ProfileFieldKinds[KindOf<F>]['value'] };

/** The column, and the form field, that says who sees `field`: e.g. `websiteVisibility`. */
export type VisibilityColumn<F extends ProfileFieldName = ProfileFieldName> = `${F}Visibility`;
export const visibilityColumn = <F extends ProfileFieldName>(field: F): VisibilityColumn<F> => `${field}Visibility`;

export type ProfileVisibilities = { [F in ProfileFieldName as VisibilityColumn<F>]: Visibility };

/** What a field holds when its organisation keeps it from the viewer. */
export const hiddenValue: { [K in ProfileFieldKind]: ProfileFieldKinds[K]['value'] } = {
  text: '',
  url: null,
  email: null,
  themes: [],
  countries: [],
};

/** What the database returns for each kind (Prisma select), in the order tags are shown. */
const kindSelects = {
  text: true,
  url: true,
  email: true,
  themes: { orderBy: { label: 'asc' }, select: { slug: true, label: true } },
  countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
} as const;

export type ProfileSelect = { [F in ProfileFieldName]: (typeof kindSelects)[KindOf<F>] } & {
  [F in ProfileFieldName as VisibilityColumn<F>]: true;
};

/** The select of every profile field and its visibility: what the directory and the profile page read. */
export const profileSelect = Object.fromEntries(
  profileFieldNames.flatMap((field) => [
    [field, kindSelects[kindOf(field)]],
    [visibilityColumn(field), true],
  ]),
  // Built from the list above, so its type is written out once, in ProfileSelect.
) as ProfileSelect;

// ─── The form ───────────────────────────────────────────────────────────────

type FieldSchemas = { [F in ProfileFieldName]: (typeof profileFields)[F]['schema'] };
type VisibilitySchemas = { [F in ProfileFieldName as VisibilityColumn<F>]: typeof visibilitySchema };

const formShape = Object.fromEntries(
  profileFieldNames.flatMap((field) => [
    [field, profileFields[field].schema],
    [visibilityColumn(field), visibilitySchema],
  ]),
  // Built from the list above: each field's schema and its visibility choice.
) as FieldSchemas & VisibilitySchemas;

/**
 * The profile form: each field's value as stored (an empty website or email as null; theme slugs and
 * country codes without repeats, checked against the database by the write) and who sees it.
 */
export const organizationProfileSchema = z.object(formShape);

export type OrganizationProfileInput = z.input<typeof organizationProfileSchema>;
export type OrganizationProfileValues = z.output<typeof organizationProfileSchema>;

/** Each kind's stored value as the form's schema outputs it: texts as they are, tags by slug or code. */
const kindStoredValues: {
  [K in ProfileFieldKind]: (value: ProfileFieldKinds[K]['value']) => string | string[] | null;
} = {
  text: (value) => value,
  url: (value) => value,
  email: (value) => value,
  themes: (value) => value.map((theme) => theme.slug),
  countries: (value) => value.map((country) => country.code),
};

/** A stored profile as the form's schema outputs one (what a save compares with, for the audit log). */
export function storedProfileValues(row: ProfileValues & ProfileVisibilities): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of profileFieldNames) {
    // Each kind's function takes that kind's value: the pairing is what profileFields declares.
    const toStored = kindStoredValues[kindOf(field)] as (value: unknown) => unknown;
    values[field] = toStored(row[field]);
    values[visibilityColumn(field)] = row[visibilityColumn(field)];
  }
  return values;
}

/** What the profile form starts from: the stored values, with an empty text for a missing address. */
export function profileFormValues(row: ProfileValues & ProfileVisibilities): OrganizationProfileInput {
  const values = storedProfileValues(row);
  for (const field of profileFieldNames) values[field] ??= '';
  // The keys are the form's: every declared field and its visibility, in the shapes its schema reads.
  return values as OrganizationProfileInput;
}

/** The form's fields that hold several values (checkbox groups). */
export const profileListFields = profileFieldNames.filter((field) => Array.isArray(hiddenValue[kindOf(field)]));
