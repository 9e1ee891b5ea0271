// Reads for the organisation directory. Which organisations a viewer sees is decided by
// organizationReadScope (lib/auth/policy.ts): visitors and members see active ones only. Which of
// their profile fields a viewer sees is decided by profileForViewer below: an organisation may keep
// any field declared in profile-fields.ts for members (its <field>Visibility column).
import 'server-only';
import { cache } from 'react';
import {
  can,
  organizationReadScope,
  readableVisibilities,
  visibleOrganizations,
  visiblePublications,
  type MaybeViewer,
} from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, missing, type Result } from '@/lib/forms/result';
import { Prisma } from '@/lib/generated/prisma/client';
import type {
  MembershipCategory,
  OrganizationStatus,
  OrganizationType,
  PublicationKind,
} from '@/lib/generated/prisma/enums';
import { countPerLinkedValue, matchesWords, passesFilters, rankMatches, rowsWithin } from '@/lib/search/queries';
import { isOneOf } from '@/lib/search/sources';
import { newestPublicationsFirst, organizationsByName, organizationsNewestFirst } from '@/lib/site/orderings';
import { paginated, pageWindow, rankedPage, type Paginated } from '@/lib/site/pagination';

import { excerpt } from '@/lib/site/text';
import { listRegionsWithCountries } from '@/lib/regions/queries';
import { listThemes, type ThemeTag } from '@/lib/themes/queries';
import { logoUrlOf } from './logos';
import {
  hiddenValue,
  kindOf,
  profileFieldNames,
  profileFormValues,
  profileSelect,
  visibilityColumn,
  type OrganizationProfileInput,
  type ProfileFieldName,
  type ProfileValues,
  type ProfileVisibilities,
  type VisibilityColumn,
} from './profile-fields';
import type { DirectoryFilters } from './schemas';

export const directoryPageSize = 24;

/**
 * The profile fields of an organisation that a viewer may not see: those whose <field>Visibility the
 * viewer may not read (MEMBERS, for a visitor).
 */
export function hiddenProfileFields(viewer: MaybeViewer, row: ProfileVisibilities): ProfileFieldName[] {
  const readable = readableVisibilities(viewer);
  return profileFieldNames.filter((field) => !readable.includes(row[visibilityColumn(field)]));
}

/**
 * A profile as `viewer` may see it: every declared field it may not see replaced by its kind's empty
 * value, the visibility columns dropped, and the names of the hidden fields. Every read of profile
 * fields goes through here, so a new field is hidden without anyone remembering to.
 */
export function profileForViewer<Row extends ProfileValues & ProfileVisibilities>(
  viewer: MaybeViewer,
  row: Row,
): Omit<Row, VisibilityColumn> & { hiddenFields: ProfileFieldName[] } {
  const hiddenFields = hiddenProfileFields(viewer, row);
  const profile: Record<string, unknown> = { ...row };
  for (const field of profileFieldNames) {
    delete profile[visibilityColumn(field)];
    if (hiddenFields.includes(field)) profile[field] = hiddenValue[kindOf(field)];
  }
  // The same row with hidden values replaced by values of the same type, and the visibility columns gone.
  return { ...(profile as Omit<Row, VisibilityColumn>), hiddenFields };
}

/** Organisations whose `field` the viewer may see. */
function showingField(viewer: MaybeViewer, field: ProfileFieldName): Prisma.OrganizationWhereInput {
  const where: Prisma.OrganizationWhereInput = {};
  where[visibilityColumn(field)] = { in: readableVisibilities(viewer) };
  return where;
}

export function directoryWhere(
  viewer: MaybeViewer,
  filters: Omit<DirectoryFilters, 'page'>,
): Prisma.OrganizationWhereInput {
  return {
    AND: [
      visibleOrganizations(viewer),
      filters.type ? { type: filters.type } : {},
      // A theme or country kept for members does not match for visitors, so filtering cannot reveal it.
      filters.theme ? { themes: { some: { slug: filters.theme } }, ...showingField(viewer, 'themes') } : {},
      filters.country ? { countries: { some: { code: filters.country } }, ...showingField(viewer, 'countries') } : {},
      filters.region ? { regions: { some: { slug: filters.region } } } : {},
    ],
  };
}

type DirectoryFacetName = 'type' | 'region' | 'country' | 'theme';

/**
 * directoryWhere as SQL on "Organization" x, but for the facet `except` (and the words, when
 * given): the condition the facet counts and the search's ranking read. The region, country and
 * theme conditions are the search's own (lib/search), members-only values included.
 */
export function directoryWithin(
  viewer: MaybeViewer,
  filters: Omit<DirectoryFilters, 'page'>,
  except?: DirectoryFacetName,
): Prisma.Sql {
  const conditions = [
    isOneOf(Prisma.sql`x.status`, organizationReadScope(viewer), 'OrganizationStatus'),
    passesFilters(
      'organization',
      viewer,
      {
        region: except === 'region' ? undefined : filters.region,
        country: except === 'country' ? undefined : filters.country,
        theme: except === 'theme' ? undefined : filters.theme,
      },
      undefined,
    ),
  ];
  if (filters.type && except !== 'type') conditions.push(Prisma.sql`x.type = ${filters.type}::"OrganizationType"`);
  if (filters.q) conditions.push(matchesWords('organization', viewer, filters.q));
  return Prisma.join(conditions, ' AND ');
}

/** A value of a directory filter, and how many organisations the viewer sees have it within the other filters. */
export interface DirectoryFacetValue {
  value: string;
  label: string;
  count: number;
}

export interface DirectoryFacets {
  types: Partial<Record<OrganizationType, number>>;
  regions: DirectoryFacetValue[];
  countries: DirectoryFacetValue[];
  themes: DirectoryFacetValue[];
}

/**
 * The directory's filter values with their counts, each within the other chosen filters (and the
 * words): a facet never counts within its own choice, so it still offers the alternatives. Only
 * values some organisation the viewer sees has are listed, and a chosen one, at 0 when none has it.
 */
export async function listDirectoryFacets(
  viewer: MaybeViewer,
  filters: Omit<DirectoryFilters, 'page'>,
): Promise<DirectoryFacets> {
  // With words, each facet is counted in a sample of the newest matches (lib/search rowsWithin).
  const rows = (except: DirectoryFacetName) =>
    rowsWithin('organization', directoryWithin(viewer, filters, except), Boolean(filters.q));
  const [types, regions, countries, themes] = await Promise.all([
    db.$queryRaw<{ value: OrganizationType; count: number }[]>`
      SELECT x.type::text AS value, count(*)::int AS count FROM ${rows('type')} GROUP BY x.type`,
    countPerLinkedValue('organization', 'region', viewer, rows('region'), Boolean(filters.q)),
    countPerLinkedValue('organization', 'country', viewer, rows('country'), Boolean(filters.q)),
    countPerLinkedValue('organization', 'theme', viewer, rows('theme'), Boolean(filters.q)),
  ]);
  const withChosen = (values: DirectoryFacetValue[], chosen: string | undefined) =>
    chosen && !values.some((value) => value.value === chosen)
      ? [...values, { value: chosen, label: chosen, count: 0 }]
      : values;
  const plain = ({ value, label, count }: DirectoryFacetValue) => ({ value, label, count });
  return {
    types: Object.fromEntries(types.map((row) => [row.value, row.count])),
    regions: withChosen(regions.map(plain), filters.region),
    countries: withChosen(countries.map(plain), filters.country),
    themes: withChosen(themes.map(plain), filters.theme),
  };
}

export interface OrganizationListItem {
  slug: string;
  name: string;
  type: OrganizationType;
  status: OrganizationStatus;
  /** The description's first sentences, cut at a word boundary. */
  shortDescription: string;
  themes: ThemeTag[];
  regions: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
  /** Its logo's versioned address (/directory/<slug>/logo?v=<ms>), or null when it has none. */
  logoUrl: string | null;
  /** When it joined the coalition (when it applied, for one that has not yet). */
  joinedAt: Date;
}

const listItemSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  status: true,
  logoUpdatedAt: true,
  joinedAt: true,
  createdAt: true,
  ...profileSelect,
  regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
} satisfies Prisma.OrganizationSelect;

/**
 * Organisations in the directory narrowed by region, country, type and theme, 24 a page: by name
 * or the most recently joined first; with words, the best matches first (lib/search ranks them).
 */
export async function listOrganizations(
  viewer: MaybeViewer,
  filters: DirectoryFilters,
): Promise<Paginated<OrganizationListItem>> {
  const window = pageWindow(filters.page, directoryPageSize);
  let total: number;
  let ranked: Awaited<ReturnType<typeof rankMatches>> | null = null;
  let rows: Prisma.OrganizationGetPayload<{ select: typeof listItemSelect }>[];
  if (filters.q) {
    // With words, "newest members first" orders the matches by joining; otherwise the best first.
    const order = filters.sort === 'newest' ? 'newest' : 'best';
    ranked = await rankMatches('organization', viewer, filters.q, directoryWithin(viewer, filters), window, order);
    const found = await db.organization.findMany({ where: { id: { in: ranked.ids } }, select: listItemSelect });
    const byId = new Map(found.map((row) => [row.id, row]));
    total = ranked.count;
    rows = ranked.ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    const where = directoryWhere(viewer, filters);
    [total, rows] = await Promise.all([
      db.organization.count({ where }),
      db.organization.findMany({
        where,
        orderBy: filters.sort === 'newest' ? organizationsNewestFirst : organizationsByName,
        ...window,
        select: listItemSelect,
      }),
    ]);
  }
  const items = rows.map((row) => {
    const { slug, name, type, status, description, themes, regions, countries, logoUpdatedAt } = profileForViewer(
      viewer,
      row,
    );
    const shortDescription = excerpt(description);
    const logoUrl = logoUrlOf({ slug, logoUpdatedAt });
    const joinedAt = row.joinedAt ?? row.createdAt;
    return { slug, name, type, status, shortDescription, themes, regions, countries, logoUrl, joinedAt };
  });
  return ranked
    ? rankedPage(items, ranked, filters.page, directoryPageSize)
    : paginated(items, total, filters.page, directoryPageSize);
}

export type OrganizationProfile = ProfileValues & {
  id: string;
  slug: string;
  name: string;
  type: OrganizationType;
  category: MembershipCategory;
  status: OrganizationStatus;
  joinedAt: Date | null;
  regions: { id: string; slug: string; name: string }[];
  publications: { slug: string; title: string; kind: PublicationKind; publishedAt: Date | null; language: string }[];
  /** Fields the organisation shows to members only, left empty above for this viewer. */
  hiddenFields: ProfileFieldName[];
  /** Whether its members publish without review: told only to whoever may change it (admins), else null. */
  trusted: boolean | null;
  /** Its logo's versioned address (/directory/<slug>/logo?v=<ms>), or null when it has none. */
  logoUrl: string | null;
};

export const organizationPublicationLimit = 50;

/**
 * One organisation's profile with the publications the viewer may read, without the fields it keeps
 * from this viewer; 404 if unknown or not visible.
 */
export const getOrganization = cache(
  async (viewer: MaybeViewer, slug: string): Promise<Result<OrganizationProfile>> => {
    const organization = await db.organization.findUnique({
      where: { slug },
      select: {
        id: true,
        slug: true,
        name: true,
        type: true,
        category: true,
        status: true,
        joinedAt: true,
        trusted: true,
        logoUpdatedAt: true,
        ...profileSelect,
        regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true, name: true } },
        publications: {
          where: visiblePublications(viewer),
          orderBy: newestPublicationsFirst,
          take: organizationPublicationLimit,
          select: { slug: true, title: true, kind: true, publishedAt: true, language: true },
        },
      },
    });
    if (!organization || !can(viewer, 'organization:read', organization)) return missing();
    const { trusted, logoUpdatedAt, ...profile } = organization;
    return {
      ok: true,
      data: {
        ...profileForViewer(viewer, profile),
        trusted: can(viewer, 'organization:trust', {}) ? trusted : null,
        logoUrl: logoUrlOf({ slug: organization.slug, logoUpdatedAt }),
      },
    };
  },
);

// ─── The profile form (/account/organization) ────────────────────────────────

/** What the profile form starts from: the stored values (theme slugs, country codes) and who sees each. */
export interface EditableOrganization {
  id: string;
  slug: string;
  name: string;
  values: OrganizationProfileInput;
  /** Its logo's versioned address, or null when it has none. */
  logoUrl: string | null;
  /** Whether the viewer also runs its team (/account/organization/team: lib/teams). */
  mayRunTeam: boolean;
}

/** The choices the form offers: every country, by region, and every theme of the vocabulary. */
export interface ProfileFormOptions {
  regions: { slug: string; name: string; countries: { code: string; name: string }[] }[];
  themes: ThemeTag[];
}

/**
 * The organisation a viewer may edit: the one named by `slug`, or else their own. 401 for a visitor,
 * 403 without the right, 404 for an unknown slug, and 404 'noOrganization' when no slug is given and
 * the viewer belongs to no organisation.
 */
export async function getOrganizationForEditing(
  viewer: MaybeViewer,
  slug?: string | null,
): Promise<Result<EditableOrganization>> {
  if (!viewer) return denied(viewer);
  if (!slug && !viewer.organizationId) return { ok: false, status: 404, message: 'noOrganization' };
  const organization = await db.organization.findUnique({
    where: slug ? { slug } : { id: viewer.organizationId! },
    select: {
      id: true,
      slug: true,
      name: true,
      logoUpdatedAt: true,
      ...profileSelect,
      regions: { select: { id: true } },
    },
  });
  if (!organization) return missing();
  const subject = { id: organization.id, regionIds: organization.regions.map((region) => region.id) };
  if (!can(viewer, 'organization:update', subject)) return denied(viewer);
  const { id, name, slug: storedSlug, logoUpdatedAt } = organization;
  return {
    ok: true,
    data: {
      id,
      slug: storedSlug,
      name,
      values: profileFormValues(organization),
      logoUrl: logoUrlOf({ slug: storedSlug, logoUpdatedAt }),
      mayRunTeam: can(viewer, 'organization:manageTeam', subject),
    },
  };
}

/** Every country grouped by region, and every theme. */
export async function getProfileFormOptions(): Promise<ProfileFormOptions> {
  const [regions, themes] = await Promise.all([listRegionsWithCountries(), listThemes()]);
  return { regions, themes };
}
