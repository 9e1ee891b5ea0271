// Reads for the organisation directory. Which organisations a viewer sees is decided by
// organizationReadScope (lib/auth/policy.ts): visitors and members see active ones only. Which of
// their profile fields a viewer sees is decided by hiddenProfileFields below: an organisation may
// keep some (Organization.membersOnlyFields) from visitors.
import 'server-only';
import { cache } from 'react';
import {
  can,
  organizationReadScope,
  seesMembersOnly,
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
import { newestPublicationsFirst, organizationsByName } from '@/lib/site/orderings';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';

import { excerpt } from '@/lib/site/text';
import { isProfileField, type DirectoryFilters, type ProfileField } from './schemas';

export const directoryPageSize = 24;

export interface OrganizationListItem {
  slug: string;
  name: string;
  type: OrganizationType;
  status: OrganizationStatus;
  /** The description's first sentences, cut at a word boundary. */
  shortDescription: string;
  themes: string[];
  regions: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
}

/**
 * The profile fields of an organisation that a viewer may not see: those it shows to members only,
 * for a visitor; none for anyone signed in (members and staff).
 */
export function hiddenProfileFields(viewer: MaybeViewer, membersOnlyFields: string[]): ProfileField[] {
  return seesMembersOnly(viewer) ? [] : membersOnlyFields.filter(isProfileField);
}

/** Organisations whose `field` the viewer may see (all of them for a signed-in viewer). */
function showingField(viewer: MaybeViewer, field: ProfileField): Prisma.OrganizationWhereInput {
  return seesMembersOnly(viewer) ? {} : { NOT: { membersOnlyFields: { has: field } } };
}

function directoryWhere(viewer: MaybeViewer, filters: Omit<DirectoryFilters, 'page'>): Prisma.OrganizationWhereInput {
  return {
    ...visibleOrganizations(viewer),
    ...(filters.type ? { type: filters.type } : {}),
    // A theme kept for members does not match for visitors, so filtering cannot reveal it.
    ...(filters.theme ? { themes: { has: filters.theme }, ...showingField(viewer, 'themes') } : {}),
    ...(filters.region ? { regions: { some: { slug: filters.region } } } : {}),
  };
}

/** Organisations in the directory, by name, narrowed by region, type and theme, 24 a page. */
export async function listOrganizations(
  viewer: MaybeViewer,
  filters: DirectoryFilters,
): Promise<Paginated<OrganizationListItem>> {
  const where = directoryWhere(viewer, filters);
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: organizationsByName,
      ...pageWindow(filters.page, directoryPageSize),
      select: {
        slug: true,
        name: true,
        type: true,
        status: true,
        description: true,
        themes: true,
        membersOnlyFields: true,
        regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
        countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
      },
    }),
  ]);
  const items = rows.map(({ description, membersOnlyFields, ...row }) => {
    const hidden = hiddenProfileFields(viewer, membersOnlyFields);
    return {
      ...row,
      shortDescription: hidden.includes('description') ? '' : excerpt(description),
      themes: hidden.includes('themes') ? [] : row.themes,
      countries: hidden.includes('countries') ? [] : row.countries,
    };
  });
  return paginated(items, total, filters.page, directoryPageSize);
}

/**
 * The themes of the organisations a viewer can see, alphabetically, for the theme filter: the same rows as
 * visibleOrganizations and showingField(viewer, 'themes'), de-duplicated by the database from
 * "Organization_status_themes_membersOnlyFields_idx" alone (an index-only scan).
 */
export async function listOrganizationThemes(viewer: MaybeViewer): Promise<string[]> {
  const statuses = organizationReadScope(viewer);
  const themesShown = seesMembersOnly(viewer)
    ? Prisma.empty
    : Prisma.sql`AND NOT "membersOnlyFields" @> ARRAY[${'themes' satisfies ProfileField}]`;
  const rows = await db.$queryRaw<{ value: string }[]>`
    SELECT DISTINCT unnest(themes) AS value FROM "Organization"
    WHERE status = ANY(${statuses}::"OrganizationStatus"[]) ${themesShown}`;
  return rows.map((row) => row.value).sort((a, b) => a.localeCompare(b));
}

export interface OrganizationProfile {
  id: string;
  slug: string;
  name: string;
  type: OrganizationType;
  category: MembershipCategory;
  status: OrganizationStatus;
  description: string;
  website: string | null;
  contactEmail: string | null;
  themes: string[];
  joinedAt: Date | null;
  regions: { id: string; slug: string; name: string }[];
  countries: { code: string; name: string }[];
  publications: { slug: string; title: string; kind: PublicationKind; publishedAt: Date | null; language: string }[];
  /** Fields the organisation shows to members only, left empty above for this viewer. */
  hiddenFields: ProfileField[];
}

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
        description: true,
        website: true,
        contactEmail: true,
        themes: true,
        joinedAt: true,
        membersOnlyFields: true,
        regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true, name: true } },
        countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
        publications: {
          where: visiblePublications(viewer),
          orderBy: newestPublicationsFirst,
          take: organizationPublicationLimit,
          select: { slug: true, title: true, kind: true, publishedAt: true, language: true },
        },
      },
    });
    if (!organization || !can(viewer, 'organization:read', organization)) return missing();
    const { membersOnlyFields, ...profile } = organization;
    const hidden = hiddenProfileFields(viewer, membersOnlyFields);
    const data = {
      ...profile,
      description: hidden.includes('description') ? '' : profile.description,
      website: hidden.includes('website') ? null : profile.website,
      contactEmail: hidden.includes('contactEmail') ? null : profile.contactEmail,
      themes: hidden.includes('themes') ? [] : profile.themes,
      countries: hidden.includes('countries') ? [] : profile.countries,
      hiddenFields: hidden,
    };
    return { ok: true, data };
  },
);

// ─── The profile form (/account/organization) ────────────────────────────────

/** What the profile form starts from. */
export interface EditableOrganization {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  themes: string[];
  countryCodes: string[];
  membersOnlyFields: ProfileField[];
}

/** The choices the form offers: every country, by region, and the themes already in use. */
export interface ProfileFormOptions {
  regions: { slug: string; name: string; countries: { code: string; name: string }[] }[];
  themes: string[];
}

const editableSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  website: true,
  contactEmail: true,
  themes: true,
  membersOnlyFields: true,
  countries: { orderBy: { code: 'asc' }, select: { code: true } },
  regions: { select: { id: true } },
} as const;

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
    select: editableSelect,
  });
  if (!organization) return missing();
  if (
    !can(viewer, 'organization:update', {
      id: organization.id,
      regionIds: organization.regions.map((region) => region.id),
    })
  ) {
    return denied(viewer);
  }
  return {
    ok: true,
    data: {
      id: organization.id,
      slug: organization.slug,
      name: organization.name,
      description: organization.description,
      website: organization.website,
      contactEmail: organization.contactEmail,
      themes: organization.themes,
      countryCodes: organization.countries.map((country) => country.code),
      membersOnlyFields: organization.membersOnlyFields.filter(isProfileField),
    },
  };
}

/** Every country grouped by region, and the themes organisations already use (plus `extraThemes`). */
export async function getProfileFormOptions(
  viewer: MaybeViewer,
  extraThemes: string[] = [],
): Promise<ProfileFormOptions> {
  const [regions, themes] = await Promise.all([
    db.region.findMany({
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { slug: true, name: true, countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } } },
    }),
    listOrganizationThemes(viewer),
  ]);
  return { regions, themes: [...new Set([...themes, ...extraThemes])].sort((a, b) => a.localeCompare(b)) };
}
