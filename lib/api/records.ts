// What each record of the JSON API holds, as zod schemas of its JSON: the OpenAPI document is built
// from them (lib/api/openapi.ts), the record builders (lib/api/queries.ts) are typed by them, and
// the tests check every answer against them, strictly. The API answers as a visitor sees the pages
// (viewer null): a members-only publication, profile field or country never reaches it.
//
// The organisation's profile fields come from their one declaration (lib/directory/profile-fields.ts),
// so a new field reaches the API, hidden when its organisation keeps it for members, with no line here.
import { z } from 'zod';
import { profileFieldNames, profileFields, type ProfileFieldKind } from '@/lib/directory/profile-fields';
import {
  CampaignStatus,
  EndorsementTier,
  EventStatus,
  MembershipCategory,
  OrganizationType,
  PublicationKind,
  Visibility,
} from '@/lib/generated/prisma/enums';
import { searchKinds } from '@/lib/search/schemas';

const time = z.iso.datetime().describe('A time in UTC, ISO 8601.');
const address = z.url().describe('An absolute address on this portal.');
const regionRef = z.object({ slug: z.string(), name: z.string() }).strict();
const countryRef = z.object({ code: z.string().describe('ISO 3166-1 alpha-2'), name: z.string() }).strict();
const themeRef = z.object({ slug: z.string(), label: z.string() }).strict();
const file = z
  .object({
    title: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int().describe('Bytes.'),
    url: address,
  })
  .strict();

/** Each kind of profile field as the API carries it. */
const profileKindSchemas: Record<ProfileFieldKind, z.ZodType> = {
  text: z.string(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  themes: z.array(themeRef),
  countries: z.array(countryRef),
};

const profileShape = Object.fromEntries(
  profileFieldNames.map((field) => [
    field,
    profileKindSchemas[profileFields[field].kind].describe(
      'Empty (or null) when the organisation shows it to members only (see hiddenFields).',
    ),
  ]),
);

export const organizationRecordSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    type: z.enum(OrganizationType),
    category: z.enum(MembershipCategory),
    url: address.describe('Its page in the directory.'),
    ...profileShape,
    regions: z.array(regionRef),
    logoUrl: address.nullable(),
    joinedAt: time.nullable().describe('When it joined the coalition.'),
    updatedAt: time,
    hiddenFields: z
      .array(z.enum(profileFieldNames))
      .describe('The profile fields it shows to members only, left empty above.'),
  })
  .strict();

const section = z
  .object({ position: z.number().int(), heading: z.string(), body: z.string(), files: z.array(file) })
  .strict();

export const publicationRecordSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    kind: z.enum(PublicationKind),
    url: address.describe('Its page in the library.'),
    summary: z.string(),
    body: z.string().describe('Markdown (the page renders it sanitised).'),
    authors: z.array(z.string()),
    source: z.string().nullable().describe('Where it was first published, for a re-published piece.'),
    sourceUrl: z.string().nullable(),
    publishedAt: time.nullable(),
    updatedAt: time,
    language: z.string().describe('BCP 47 language tag.'),
    visibility: z.enum(Visibility).describe('Always PUBLIC here: members-only pieces are not in the API.'),
    organization: z
      .object({ name: z.string(), slug: z.string().nullable(), url: address.nullable() })
      .strict()
      .nullable(),
    regions: z.array(regionRef),
    countries: z.array(countryRef),
    themes: z.array(themeRef),
    files: z.array(file),
    sections: z.array(section).describe("A toolkit's sections, in order."),
    pdfUrl: address,
  })
  .strict();

export const campaignRecordSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    url: address.describe('Its page.'),
    goal: z.string(),
    callToAction: z.string(),
    body: z.string().describe('Markdown (the page renders it sanitised).'),
    targets: z.array(z.string()).describe('Who is asked.'),
    status: z.enum(CampaignStatus),
    startsAt: time,
    endsAt: time.nullable(),
    signatureGoal: z.number().int(),
    signatureCount: z.number().int().describe("People's confirmed signatures."),
    endorsementCount: z.number().int().describe('Organisations endorsing it, counted apart.'),
    regions: z.array(regionRef),
    image: z.object({ url: address, alt: z.string() }).strict().nullable(),
    updates: z.array(z.object({ title: z.string(), body: z.string(), publishedAt: time }).strict()),
    endorsements: z.array(
      z
        .object({
          tier: z.enum(EndorsementTier),
          isLead: z.boolean(),
          organization: z.object({ name: z.string(), slug: z.string(), url: address }).strict(),
        })
        .strict(),
    ),
    countsByCountryUrl: address.describe('Signatures counted by country (JSON, no personal data).'),
    updatedAt: time,
  })
  .strict();

export const eventRecordSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    url: address.describe('Its page.'),
    description: z.string().describe('Markdown (the page renders it sanitised).'),
    startsAt: time,
    endsAt: time,
    timeZone: z.string().describe('The IANA time zone its times are shown in.'),
    location: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    status: z.enum(EventStatus),
    regions: z.array(regionRef),
    campaign: z.object({ slug: z.string(), title: z.string(), url: address }).strict().nullable(),
    icsUrl: address.describe('The event as an iCalendar file.'),
    updatedAt: time,
  })
  .strict();

export const countryRecordSchema = z
  .object({ code: z.string().describe('ISO 3166-1 alpha-2'), name: z.string(), region: regionRef, url: address })
  .strict();

export const regionRecordSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    url: address,
    countries: z.array(countryRef),
  })
  .strict();

export const themeRecordSchema = z.object({ slug: z.string(), label: z.string() }).strict();

export const searchHitRecordSchema = z
  .object({
    kind: z.enum(searchKinds),
    slug: z.string(),
    title: z.string(),
    detail: z.string().describe("Which of its kind it is: a publication's kind, an organisation's type, a state."),
    date: time,
    language: z.string().nullable(),
    snippet: z
      .array(z.object({ text: z.string(), matched: z.boolean() }).strict())
      .describe('A passage cut into plain and matched stretches, in order.'),
    url: address,
  })
  .strict();

export type OrganizationRecord = z.infer<typeof organizationRecordSchema>;
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;
export type EventRecord = z.infer<typeof eventRecordSchema>;
export type CountryRecord = z.infer<typeof countryRecordSchema>;
export type RegionRecord = z.infer<typeof regionRecordSchema>;
export type ThemeRecord = z.infer<typeof themeRecordSchema>;
export type SearchHitRecord = z.infer<typeof searchHitRecordSchema>;
