// Builders for every seeded kind of row, shared by the demo seed and the tests. Each one upserts by
// its natural key (slug, email, code) and never overwrites an existing row, which is what makes the
// seed idempotent; tests call them with defaults that are unique per call.
import { signatureEmailKey } from '../../lib/campaigns/email-key';
import slugify from '@sindresorhus/slugify';
import { hashPassword } from '../../lib/auth/password';
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import type {
  CampaignStatus,
  EventStatus,
  MembershipCategory,
  MemberStatus,
  OrganizationStatus,
  OrganizationType,
  PublicationKind,
  PublicationStatus,
  Role,
  SignatureKind,
  Visibility,
} from '../../lib/generated/prisma/enums';
import { countries, regions } from './geography';
import { standardThemes } from './themes';

export type Db = PrismaClient | Prisma.TransactionClient;

let sequence = 0;
/** A value no other call in this process returns, for unique names and slugs in tests. */
export function uniqueSuffix(): string {
  sequence += 1;
  return `${Date.now().toString(36)}${process.pid.toString(36)}${sequence}`;
}

export function slugOf(text: string): string {
  return slugify(text);
}

/** Creates the five regions and every country; returns region ids by slug. */
export async function ensureGeography(db: Db): Promise<Map<string, string>> {
  const regionIds = new Map<string, string>();
  for (const [index, region] of regions.entries()) {
    const row = await db.region.upsert({
      where: { slug: region.slug },
      create: { ...region, sortOrder: index },
      update: {},
      select: { id: true },
    });
    regionIds.set(region.slug, row.id);
  }
  const existing = new Set((await db.country.findMany({ select: { code: true } })).map((country) => country.code));
  const missing = countries.filter((country) => !existing.has(country.code));
  if (missing.length > 0) {
    await db.country.createMany({
      data: missing.map((country) => ({
        code: country.code,
        name: country.name,
        regionId: regionIds.get(country.region)!,
      })),
    });
  }
  return regionIds;
}

/** Adds the standard themes that are missing (never renames one a coordinator reworded). */
export async function ensureThemes(db: Db): Promise<void> {
  await db.theme.createMany({ data: [...standardThemes], skipDuplicates: true });
}

/**
 * The reference data every install needs, demo or not: regions, countries and the standard themes.
 * Returns region ids by slug, as ensureGeography does.
 */
export async function ensureReferenceData(db: Db): Promise<Map<string, string>> {
  const regionIds = await ensureGeography(db);
  await ensureThemes(db);
  return regionIds;
}

/**
 * Tags by theme slug. A slug not in the vocabulary yet is added with a label made from it, so a test
 * can invent a theme of its own ("theme-x1y2" reads "theme x1y2").
 */
export const connectThemes = (slugs: string[]) => ({
  connectOrCreate: slugs.map((slug) => ({ where: { slug }, create: { slug, label: slug.replace(/-/g, ' ') } })),
});

/** Region ids of the given slugs plus those of the given countries, without repeats. */
async function regionIdsFor(db: Db, regionSlugs: string[], countryCodes: string[]): Promise<{ id: string }[]> {
  const rows = await db.region.findMany({
    where: { OR: [{ slug: { in: regionSlugs } }, { countries: { some: { code: { in: countryCodes } } } }] },
    select: { id: true },
  });
  return rows.map((row) => ({ id: row.id }));
}

const connectCountries = (codes: string[]) => codes.map((code) => ({ code }));

export interface OrganizationInput {
  name?: string;
  slug?: string;
  type?: OrganizationType;
  category?: MembershipCategory;
  status?: OrganizationStatus;
  description?: string;
  website?: string | null;
  contactEmail?: string | null;
  countries?: string[];
  regions?: string[];
  themes?: string[];
  joinedAt?: Date | null;
}

/**
 * The columns of a new organisation with the defaults the factory gives, without its countries and
 * regions: createOrganization's row, and what bulk loads (scripts/bench-queries.ts) pass to createMany.
 */
export function organizationRow(input: OrganizationInput = {}) {
  const name = input.name ?? `Test Organisation ${uniqueSuffix()}`;
  const status = input.status ?? 'ACTIVE';
  return {
    name,
    slug: input.slug ?? slugOf(name),
    type: input.type ?? 'NGO',
    category: input.category ?? 'MEMBER',
    status,
    description: input.description ?? '',
    website: input.website ?? null,
    contactEmail: input.contactEmail ?? null,
    joinedAt: input.joinedAt === undefined ? (status === 'APPLIED' ? null : new Date()) : input.joinedAt,
  } satisfies Prisma.OrganizationCreateManyInput;
}

export async function createOrganization(db: Db, input: OrganizationInput = {}) {
  const row = organizationRow(input);
  const countryCodes = input.countries ?? [];
  return db.organization.upsert({
    where: { slug: row.slug },
    update: {},
    create: {
      ...row,
      countries: { connect: connectCountries(countryCodes) },
      regions: { connect: await regionIdsFor(db, input.regions ?? [], countryCodes) },
      themes: connectThemes(input.themes ?? []),
    },
  });
}

export interface PublicationInput {
  title?: string;
  slug?: string;
  kind?: PublicationKind;
  summary?: string;
  body?: string;
  authors?: string[];
  source?: string | null;
  sourceUrl?: string | null;
  publishedAt?: Date | null;
  themes?: string[];
  language?: string;
  visibility?: Visibility;
  status?: PublicationStatus;
  regions?: string[];
  countries?: string[];
  organizationId?: string | null;
  sections?: { heading: string; body: string }[];
}

/**
 * The columns of a new publication with the defaults the factory gives, without its regions, countries
 * and sections: createPublication's row, and what bulk loads pass to createMany.
 */
export function publicationRow(input: PublicationInput = {}) {
  const title = input.title ?? `Test Publication ${uniqueSuffix()}`;
  const status = input.status ?? 'PUBLISHED';
  return {
    title,
    slug: input.slug ?? slugOf(title),
    kind: input.kind ?? (input.sections ? 'TOOLKIT' : 'ARTICLE'),
    summary: input.summary ?? '',
    body: input.body ?? '',
    authors: input.authors ?? [],
    source: input.source ?? null,
    sourceUrl: input.sourceUrl ?? null,
    publishedAt: input.publishedAt === undefined ? (status === 'PUBLISHED' ? new Date() : null) : input.publishedAt,
    language: input.language ?? 'en',
    visibility: input.visibility ?? 'PUBLIC',
    status,
    organizationId: input.organizationId ?? null,
  } satisfies Prisma.PublicationCreateManyInput;
}

export async function createPublication(db: Db, input: PublicationInput = {}) {
  const row = publicationRow(input);
  const countryCodes = input.countries ?? [];
  return db.publication.upsert({
    where: { slug: row.slug },
    update: {},
    create: {
      ...row,
      regions: { connect: await regionIdsFor(db, input.regions ?? [], countryCodes) },
      countries: { connect: connectCountries(countryCodes) },
      themes: connectThemes(input.themes ?? []),
      sections: input.sections
        ? { create: input.sections.map((section, position) => ({ ...section, position })) }
        : undefined,
    },
  });
}

export interface SignatureInput {
  kind?: SignatureKind;
  name?: string;
  email?: string | null;
  emailConfirmedAt?: Date | null;
  countryCode?: string | null;
  comment?: string | null;
  isPublic?: boolean;
  organizationId?: string | null;
  /** Signed over a rate limit: kept, not counted until released. */
  heldAt?: Date | null;
  withdrawnAt?: Date | null;
  consentVersion?: string | null;
  createdAt?: Date;
}

export interface CampaignInput {
  title?: string;
  slug?: string;
  goal?: string;
  callToAction?: string;
  body?: string;
  targets?: string[];
  regions?: string[];
  startsAt?: Date;
  endsAt?: Date | null;
  status?: CampaignStatus;
  signatureGoal?: number;
  updates?: { title: string; body: string; publishedAt: Date }[];
  signatures?: SignatureInput[];
}

function signatureData(input: SignatureInput) {
  const kind = input.kind ?? (input.organizationId ? 'ORGANIZATION' : 'PERSON');
  if (kind === 'ORGANIZATION' && !input.organizationId)
    throw new Error(`The endorsement "${input.name}" names no organisation`);
  const email = kind === 'PERSON' ? (input.email ?? `signer-${uniqueSuffix()}@example.org`).toLowerCase() : null;
  return {
    kind,
    name: input.name ?? `Test Signer ${uniqueSuffix()}`,
    email,
    emailKey: email ? signatureEmailKey(email) : null,
    emailConfirmedAt:
      kind === 'PERSON' ? (input.emailConfirmedAt === undefined ? new Date() : input.emailConfirmedAt) : null,
    countryCode: input.countryCode ?? null,
    comment: input.comment ?? null,
    isPublic: input.isPublic ?? true,
    organizationId: input.organizationId ?? null,
    heldAt: input.heldAt ?? null,
    withdrawnAt: input.withdrawnAt ?? null,
    consentVersion: input.consentVersion ?? (kind === 'PERSON' ? '2026-12-03' : null),
    tier: kind === 'ORGANIZATION' ? ('ENDORSE' as const) : null,
    createdAt: input.createdAt,
  };
}

/** The columns of a new campaign with the factory's defaults, without regions, updates and signatures. */
export function campaignRow(input: CampaignInput = {}) {
  const title = input.title ?? `Test Campaign ${uniqueSuffix()}`;
  const status = input.status ?? 'ACTIVE';
  return {
    title,
    slug: input.slug ?? slugOf(title),
    goal: input.goal ?? 'A goal for this campaign.',
    callToAction: input.callToAction ?? 'Support this campaign',
    body: input.body ?? '',
    targets: input.targets ?? [],
    startsAt: input.startsAt ?? new Date(),
    endsAt: input.endsAt ?? null,
    status,
    closedAt: status === 'CLOSED' ? (input.endsAt ?? new Date()) : null,
    signatureGoal: input.signatureGoal ?? 100,
  } satisfies Prisma.CampaignCreateManyInput;
}

export async function createCampaign(db: Db, input: CampaignInput = {}) {
  const row = campaignRow(input);
  return db.campaign.upsert({
    where: { slug: row.slug },
    update: {},
    create: {
      ...row,
      regions: { connect: await regionIdsFor(db, input.regions ?? [], []) },
      updates: input.updates ? { create: input.updates } : undefined,
      signatures: input.signatures ? { create: input.signatures.map(signatureData) } : undefined,
    },
  });
}

/** The columns of a new signature (or endorsement) with the factory's defaults, for createMany. */
export function signatureRow(campaignId: string, input: SignatureInput = {}) {
  return { campaignId, ...signatureData(input) } satisfies Prisma.SignatureCreateManyInput;
}

export async function createSignature(db: Db, campaignId: string, input: SignatureInput = {}) {
  return db.signature.create({ data: signatureRow(campaignId, input) });
}

export interface MemberInput {
  email?: string;
  name?: string;
  /** A password to hash (argon2id, as sign-in checks it); or give the hash itself. */
  password?: string;
  passwordHash?: string | null;
  role?: Role;
  status?: MemberStatus;
  organizationId?: string | null;
  /** Whether they run their organisation's team (lib/teams). */
  organizationAdmin?: boolean;
  coordinatorRegions?: string[];
}

export async function createMember(db: Db, input: MemberInput = {}) {
  const email = (input.email ?? `member-${uniqueSuffix()}@example.org`).toLowerCase();
  return db.member.upsert({
    where: { email },
    update: {},
    create: {
      email,
      name: input.name ?? 'Test Member',
      passwordHash: input.passwordHash ?? (input.password ? await hashPassword(input.password) : null),
      role: input.role ?? 'MEMBER',
      status: input.status ?? 'ACTIVE',
      organizationId: input.organizationId ?? null,
      organizationAdmin: input.organizationAdmin ?? false,
      coordinatorRegions: { connect: (input.coordinatorRegions ?? []).map((slug) => ({ slug })) },
    },
  });
}

export interface EventInput {
  title?: string;
  slug?: string;
  description?: string;
  startsAt?: Date;
  endsAt?: Date;
  /** The IANA zone its times were given in. */
  timeZone?: string;
  location?: string | null;
  onlineUrl?: string | null;
  status?: EventStatus;
  sequence?: number;
  campaignId?: string | null;
  regions?: string[];
  createdById?: string | null;
}

/** The columns of a new event with the factory's defaults (a week from now, two hours, online), without regions. */
export function eventRow(input: EventInput = {}) {
  const title = input.title ?? `Test Event ${uniqueSuffix()}`;
  const startsAt = input.startsAt ?? new Date(Date.now() + 7 * 24 * 3_600_000);
  return {
    title,
    slug: input.slug ?? slugOf(title),
    description: input.description ?? '',
    startsAt,
    endsAt: input.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000),
    timeZone: input.timeZone ?? 'UTC',
    location: input.location === undefined ? null : input.location,
    onlineUrl:
      input.onlineUrl === undefined ? (input.location ? null : 'https://example.org/meeting') : input.onlineUrl,
    status: input.status ?? 'SCHEDULED',
    sequence: input.sequence ?? 0,
    campaignId: input.campaignId ?? null,
    createdById: input.createdById ?? null,
  } satisfies Prisma.EventCreateManyInput;
}

export async function createEvent(db: Db, input: EventInput = {}) {
  const row = eventRow(input);
  return db.event.upsert({
    where: { slug: row.slug },
    update: {},
    create: { ...row, regions: { connect: await regionIdsFor(db, input.regions ?? [], []) } },
  });
}
