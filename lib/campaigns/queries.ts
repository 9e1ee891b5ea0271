// Reads for the campaign pages. Which campaigns a viewer sees is decided by campaignReadScope
// (lib/auth/policy.ts). A campaign's count is its people's confirmed signatures; organisations'
// endorsements are counted apart.
import 'server-only';
import { cache } from 'react';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CampaignStatus, EndorsementTier } from '@/lib/generated/prisma/enums';
import { logoUrlOf, logoUrlSelect } from '@/lib/directory/logos';
import { managedCampaigns, visibleCampaigns } from '@/lib/auth/policy';
import { isRecordId, slugPattern } from '@/lib/forms/fields';
import { denied } from '@/lib/forms/result';
import { pageWindow, paginated, type Paginated } from '@/lib/site/pagination';
import { campaignImageOf, campaignImageSelect, type CampaignImage } from './image';
import { campaignSteps, type CampaignInput, type CampaignStep, type ManagedCampaignFilters } from './schemas';
import { byCampaignStatus, countedEndorsements, countedSignatures } from './status';

export interface CampaignListItem {
  slug: string;
  title: string;
  goal: string;
  status: CampaignStatus;
  startsAt: Date;
  endsAt: Date | null;
  signatureGoal: number;
  /** People's confirmed signatures. */
  signatureCount: number;
  /** Organisations' endorsements, counted apart. */
  endorsementCount: number;
  regions: { slug: string; name: string }[];
}

const listItemSelect = {
  id: true,
  slug: true,
  title: true,
  goal: true,
  status: true,
  startsAt: true,
  endsAt: true,
  signatureGoal: true,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
} satisfies Prisma.CampaignSelect;

/**
 * How many signatures count toward each of these campaigns (ones the viewer may see), by campaign id.
 * It reads only their signatures (WHERE "campaignId" IN …, "Signature_campaignId_createdAt_idx"); a
 * `_count` in a select makes Prisma group the whole Signature table first, then join it to the campaigns.
 */
export async function countSignatures(campaignIds: string[]): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const groups = await db.signature.groupBy({
    by: ['campaignId'],
    where: { AND: [{ campaignId: { in: campaignIds } }, countedSignatures] },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.campaignId, group._count._all]));
}

/** How many organisations endorse each of these campaigns, by campaign id. */
export async function countEndorsements(campaignIds: string[]): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const groups = await db.signature.groupBy({
    by: ['campaignId'],
    where: { AND: [{ campaignId: { in: campaignIds } }, countedEndorsements] },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.campaignId, group._count._all]));
}

export interface CampaignListOptions {
  /** Only campaigns of this status (still within what the viewer may see). */
  status?: CampaignStatus;
  /** Only campaigns of this region (its slug). */
  region?: string;
  limit?: number;
}

/** Campaigns the viewer may see: running ones first, then closed ones, newest first within each. */
export async function listCampaigns(
  viewer: MaybeViewer,
  options: CampaignListOptions = {},
): Promise<CampaignListItem[]> {
  const rows = await db.campaign.findMany({
    where: {
      AND: [
        visibleCampaigns(viewer),
        options.status ? { status: options.status } : {},
        options.region ? { regions: { some: { slug: options.region } } } : {},
      ],
    },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    select: listItemSelect,
  });
  const ids = rows.map((row) => row.id);
  const [counts, endorsements] = await Promise.all([countSignatures(ids), countEndorsements(ids)]);
  const items = rows
    .map(({ id, ...row }) => ({
      ...row,
      signatureCount: counts.get(id) ?? 0,
      endorsementCount: endorsements.get(id) ?? 0,
    }))
    .sort(byCampaignStatus);
  return options.limit === undefined ? items : items.slice(0, options.limit);
}

/** Running campaigns, newest first, for the home page. */
export function listActiveCampaigns(viewer: MaybeViewer, limit?: number): Promise<CampaignListItem[]> {
  return listCampaigns(viewer, { status: 'ACTIVE', limit });
}

export interface PublicSignature {
  id: string;
  name: string;
  country: string | null;
  comment: string | null;
  createdAt: Date;
}

export interface Endorsement {
  id: string;
  tier: EndorsementTier;
  isLead: boolean;
  organization: { name: string; slug: string; logoUrl: string | null };
  createdAt: Date;
}

export interface CampaignDetail extends CampaignListItem {
  callToAction: string;
  body: string;
  targets: string[];
  updates: { id: string; title: string; body: string; publishedAt: Date }[];
  latestSignatures: PublicSignature[];
  endorsements: Endorsement[];
  /** Its image and what it shows, or null. */
  image: CampaignImage | null;
}

export const campaignSignatureLimit = 20;
export const campaignEndorsementLimit = 200;

/** One campaign with its updates, latest public signatures and endorsements; 404 if unknown or not visible. */
export const getCampaign = cache(async (viewer: MaybeViewer, slug: string): Promise<Result<CampaignDetail>> => {
  if (!slugPattern.test(slug)) return missing();
  const row = await db.campaign.findUnique({
    where: { slug },
    select: {
      ...listItemSelect,
      ...campaignImageSelect,
      callToAction: true,
      body: true,
      targets: true,
      updates: {
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        select: { id: true, title: true, body: true, publishedAt: true },
      },
    },
  });
  if (!row || !can(viewer, 'campaign:read', row)) return missing();

  const campaignId = { campaign: { slug } };
  const [counts, signatures, endorsements] = await Promise.all([
    countSignatures([row.id]),
    db.signature.findMany({
      where: { ...campaignId, ...countedSignatures, isPublic: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: campaignSignatureLimit,
      select: { id: true, name: true, comment: true, createdAt: true, country: { select: { name: true } } },
    }),
    db.signature.findMany({
      where: { ...campaignId, ...countedEndorsements },
      // Leads first, then co-sponsors, then endorsers; the earliest first within each.
      orderBy: [{ isLead: 'desc' }, { tier: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
      take: campaignEndorsementLimit,
      select: {
        id: true,
        tier: true,
        isLead: true,
        createdAt: true,
        organization: { select: { name: true, ...logoUrlSelect } },
      },
    }),
  ]);

  const { id, imageUpdatedAt, imageAlt, ...campaign } = row;
  const data = {
    ...campaign,
    image: campaignImageOf({ slug: row.slug, imageUpdatedAt, imageAlt }),
    signatureCount: counts.get(id) ?? 0,
    endorsementCount: endorsements.length,
    latestSignatures: signatures.map(({ country, ...signature }) => ({ ...signature, country: country?.name ?? null })),
    endorsements: endorsements.flatMap(({ organization, tier, ...endorsement }) =>
      organization
        ? [
            {
              ...endorsement,
              tier: tier ?? 'ENDORSE',
              organization: { name: organization.name, slug: organization.slug, logoUrl: logoUrlOf(organization) },
            },
          ]
        : [],
    ),
  };
  return { ok: true, data };
});

// ─── For staff (/manage/campaigns) ──────────────────────────────────────────

export type CampaignStatusCounts = Partial<Record<CampaignStatus, number>>;

export interface ManagedCampaignRow {
  id: string;
  slug: string;
  title: string;
  status: CampaignStatus;
  startsAt: Date;
  endsAt: Date | null;
  updatedAt: Date;
  signatureGoal: number;
  signatureCount: number;
  heldCount: number;
  regions: { slug: string; name: string }[];
}

const managedPageSize = 25;

/** How many signatures of each of these campaigns are held over a limit, by campaign id. */
async function countHeld(campaignIds: string[]): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const groups = await db.signature.groupBy({
    by: ['campaignId'],
    where: { campaignId: { in: campaignIds }, kind: 'PERSON', heldAt: { not: null }, withdrawnAt: null },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.campaignId, group._count._all]));
}

/**
 * The campaigns of the viewer's regions, last changed first, narrowed to one state, 25 a page, with
 * how many there are in each state; 401/403 for anyone but staff.
 */
export async function listManagedCampaigns(
  viewer: MaybeViewer,
  filters: ManagedCampaignFilters,
): Promise<Result<Paginated<ManagedCampaignRow> & { counts: CampaignStatusCounts }>> {
  if (!can(viewer, 'campaign:manage', {})) return denied(viewer);
  const scope = managedCampaigns(viewer);
  const where: Prisma.CampaignWhereInput = { AND: [scope, filters.status ? { status: filters.status } : {}] };
  const [total, rows, byStatus] = await Promise.all([
    db.campaign.count({ where }),
    db.campaign.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...pageWindow(filters.page, managedPageSize),
      select: { ...listItemSelect, updatedAt: true },
    }),
    db.campaign.groupBy({ by: ['status'], where: scope, _count: { _all: true } }),
  ]);
  const ids = rows.map((row) => row.id);
  const [counts, held] = await Promise.all([countSignatures(ids), countHeld(ids)]);
  const items = rows.map((row) => ({
    ...row,
    signatureCount: counts.get(row.id) ?? 0,
    heldCount: held.get(row.id) ?? 0,
  }));
  const statusCounts: CampaignStatusCounts = Object.fromEntries(
    byStatus.map((group) => [group.status, group._count._all]),
  );
  return { ok: true, data: { ...paginated(items, total, filters.page, managedPageSize), counts: statusCounts } };
}

export interface HeldSignature {
  id: string;
  name: string;
  email: string | null;
  country: string | null;
  confirmed: boolean;
  createdAt: Date;
}

export interface EditableCampaign {
  id: string;
  slug: string;
  status: CampaignStatus;
  closedAt: Date | null;
  /** What the form shows: the stored values as the form sends them. */
  values: CampaignInput;
  /** Whether the viewer may change it (an archived one is read only). */
  editable: boolean;
  steps: CampaignStep[];
  updates: { id: string; title: string; body: string; publishedAt: Date; author: string | null }[];
  signatures: { counted: number; pending: number; held: number; withdrawn: number };
  /** The held signatures, oldest first (at most `heldListLimit`). */
  held: HeldSignature[];
  /** The organisations that endorse it: leads, co-sponsors, then endorsers. */
  endorsements: { id: string; organizationName: string; tier: EndorsementTier; isLead: boolean }[];
  /** Its image and what it shows, or null. */
  image: CampaignImage | null;
}

export const heldListLimit = 100;

const asDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? '';

/**
 * One campaign for staff: its form's values, the steps the viewer may take, its updates and its
 * signatures by state. 404 for a campaign outside the viewer's regions (or unknown).
 */
export async function getCampaignForEditing(
  viewer: MaybeViewer,
  campaignId: string,
): Promise<Result<EditableCampaign>> {
  if (!can(viewer, 'campaign:manage', {})) return denied(viewer);
  if (!isRecordId(campaignId)) return missing();
  const row = await db.campaign.findFirst({
    where: { AND: [{ id: campaignId }, managedCampaigns(viewer)] },
    select: {
      id: true,
      slug: true,
      status: true,
      closedAt: true,
      title: true,
      goal: true,
      callToAction: true,
      targets: true,
      body: true,
      startsAt: true,
      endsAt: true,
      signatureGoal: true,
      imageUpdatedAt: true,
      imageAlt: true,
      regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true } },
      updates: {
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        select: { id: true, title: true, body: true, publishedAt: true, author: { select: { name: true } } },
      },
      signatures: {
        where: countedEndorsements,
        orderBy: [{ isLead: 'desc' }, { tier: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
        take: campaignEndorsementLimit,
        select: { id: true, tier: true, isLead: true, organization: { select: { name: true } } },
      },
    },
  });
  if (!row) return missing();
  const regionIds = row.regions.map((region) => region.id);
  const facts = { status: row.status, regionIds };
  // Archived campaigns of the viewer's regions are shown, read only; others' not at all.
  const editable = can(viewer, 'campaign:edit', facts);
  if (!editable && !can(viewer, 'campaign:oversee', facts)) return missing();
  const person = { campaignId, kind: 'PERSON' } as const;
  const [counted, pending, heldCount, withdrawn, held] = await Promise.all([
    db.signature.count({ where: { AND: [{ campaignId }, countedSignatures] } }),
    db.signature.count({ where: { ...person, emailConfirmedAt: null, withdrawnAt: null, heldAt: null } }),
    db.signature.count({ where: { ...person, heldAt: { not: null }, withdrawnAt: null } }),
    db.signature.count({ where: { ...person, withdrawnAt: { not: null } } }),
    db.signature.findMany({
      where: { ...person, heldAt: { not: null }, withdrawnAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: heldListLimit,
      select: {
        id: true,
        name: true,
        email: true,
        emailConfirmedAt: true,
        createdAt: true,
        country: { select: { name: true } },
      },
    }),
  ]);
  return {
    ok: true,
    data: {
      id: row.id,
      slug: row.slug,
      status: row.status,
      closedAt: row.closedAt,
      values: {
        title: row.title,
        goal: row.goal,
        callToAction: row.callToAction,
        targets: row.targets.join('\n'),
        body: row.body,
        regions: row.regions.map((region) => region.slug),
        startsAt: asDay(row.startsAt),
        endsAt: asDay(row.endsAt),
        signatureGoal: row.signatureGoal > 0 ? String(row.signatureGoal) : '',
      },
      editable,
      image: campaignImageOf(row),
      steps: editable
        ? (Object.keys(campaignSteps) as CampaignStep[]).filter((step) =>
            (campaignSteps[step].from as readonly CampaignStatus[]).includes(row.status),
          )
        : [],
      updates: row.updates.map(({ author, ...update }) => ({ ...update, author: author?.name ?? null })),
      signatures: { counted, pending, held: heldCount, withdrawn },
      endorsements: row.signatures.map((endorsement) => ({
        id: endorsement.id,
        organizationName: endorsement.organization?.name ?? '',
        tier: endorsement.tier ?? 'ENDORSE',
        isLead: endorsement.isLead,
      })),
      held: held.map(({ country, emailConfirmedAt, ...signature }) => ({
        ...signature,
        country: country?.name ?? null,
        confirmed: emailConfirmedAt !== null,
      })),
    },
  };
}

/** The regions a campaign may be in, for its form. */
export async function getCampaignFormOptions(): Promise<{ regions: { slug: string; name: string }[] }> {
  const regions = await db.region.findMany({ orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } });
  return { regions };
}

// ─── Signers, for everyone ──────────────────────────────────────────────────

/** Confirmed signatures that count, of people who chose to be shown. */
const shownSigners = {
  kind: 'PERSON',
  isPublic: true,
  emailConfirmedAt: { not: null },
  withdrawnAt: null,
  heldAt: null,
} satisfies Prisma.SignatureWhereInput;

export const signerPageSize = 100;

/** The campaign at `slug` if the viewer may see it: its id, slug and title. */
async function readableCampaign(viewer: MaybeViewer, slug: string) {
  // An address that is no slug names no campaign (and a NUL byte must never reach PostgreSQL).
  if (!slugPattern.test(slug)) return null;
  const row = await db.campaign.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true },
  });
  return row && can(viewer, 'campaign:read', row) ? row : null;
}

/** The people who signed and chose to be shown, newest first, 100 a page; 404 for a campaign the viewer may not see. */
export async function listPublicSigners(
  viewer: MaybeViewer,
  slug: string,
  page: number,
): Promise<Result<{ campaign: { slug: string; title: string }; signers: Paginated<PublicSignature> }>> {
  const campaign = await readableCampaign(viewer, slug);
  if (!campaign) return missing();
  const where = { campaignId: campaign.id, ...shownSigners };
  const [total, rows] = await Promise.all([
    db.signature.count({ where }),
    db.signature.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...pageWindow(page, signerPageSize),
      select: { id: true, name: true, comment: true, createdAt: true, country: { select: { name: true } } },
    }),
  ]);
  const signers = rows.map(({ country, ...signer }) => ({ ...signer, country: country?.name ?? null }));
  return {
    ok: true,
    data: {
      campaign: { slug: campaign.slug, title: campaign.title },
      signers: paginated(signers, total, page, signerPageSize),
    },
  };
}

export interface CountryCount {
  /** ISO 3166-1 alpha-2, or null for signatures that named none (older ones). */
  code: string | null;
  name: string | null;
  count: number;
}

/**
 * How many people's signatures count, by the country they gave, most first (then by name): no
 * personal data, so the same for everyone who may see the campaign; 404 otherwise.
 */
export async function countSignaturesByCountry(
  viewer: MaybeViewer,
  slug: string,
): Promise<Result<{ campaign: { slug: string; title: string }; total: number; countries: CountryCount[] }>> {
  const campaign = await readableCampaign(viewer, slug);
  if (!campaign) return missing();
  const groups = await db.signature.groupBy({
    by: ['countryCode'],
    where: {
      campaignId: campaign.id,
      kind: 'PERSON',
      emailConfirmedAt: { not: null },
      withdrawnAt: null,
      heldAt: null,
    },
    _count: { _all: true },
  });
  const codes = groups.flatMap((group) => (group.countryCode ? [group.countryCode] : []));
  const names = new Map(
    (await db.country.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })).map(
      (country) => [country.code, country.name],
    ),
  );
  const countries = groups
    .map((group) => ({
      code: group.countryCode,
      name: group.countryCode ? (names.get(group.countryCode) ?? group.countryCode) : null,
      count: group._count._all,
    }))
    .sort((a, b) => b.count - a.count || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'en'));
  const total = countries.reduce((sum, country) => sum + country.count, 0);
  return { ok: true, data: { campaign: { slug: campaign.slug, title: campaign.title }, total, countries } };
}

// ─── Endorsements of an organisation ────────────────────────────────────────

/**
 * What the viewer's organisation has done about this campaign, for the endorsement form: its
 * name and its tier (null: not endorsed). Null for a viewer who cannot speak for an organisation.
 */
export async function getOwnEndorsement(
  viewer: MaybeViewer,
  slug: string,
): Promise<{ organizationName: string; tier: EndorsementTier | null } | null> {
  if (!viewer?.organizationId || !can(viewer, 'campaign:endorse', { organizationId: viewer.organizationId })) {
    return null;
  }
  if (!slugPattern.test(slug)) return null;
  const organization = await db.organization.findFirst({
    where: { id: viewer.organizationId, status: 'ACTIVE' },
    select: {
      name: true,
      endorsements: { where: { campaign: { slug }, kind: 'ORGANIZATION' }, select: { tier: true }, take: 1 },
    },
  });
  if (!organization) return null;
  return { organizationName: organization.name, tier: organization.endorsements[0]?.tier ?? null };
}

export interface OrganizationEndorsement {
  tier: EndorsementTier;
  isLead: boolean;
  campaign: { slug: string; title: string; status: CampaignStatus };
}

/** The campaigns an organisation endorses that the viewer may see, running ones first, newest first. */
export async function listOrganizationEndorsements(
  viewer: MaybeViewer,
  organizationId: string,
): Promise<OrganizationEndorsement[]> {
  const rows = await db.signature.findMany({
    where: { organizationId, kind: 'ORGANIZATION', campaign: visibleCampaigns(viewer) },
    orderBy: [{ campaign: { startsAt: 'desc' } }, { id: 'asc' }],
    take: 100,
    select: { tier: true, isLead: true, campaign: { select: { slug: true, title: true, status: true } } },
  });
  return rows
    .map((row) => ({ ...row, tier: row.tier ?? 'ENDORSE' }))
    .sort((a, b) => byCampaignStatus(a.campaign, b.campaign));
}
