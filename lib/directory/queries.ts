// Reads for the organisation directory. Which organisations a viewer sees is decided by
// organizationReadScope (lib/auth/policy.ts): visitors and members see active ones only.
import 'server-only';
import { cache } from 'react';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type {
  MembershipCategory,
  OrganizationStatus,
  OrganizationType,
  PublicationKind,
} from '@/lib/generated/prisma/enums';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import { visibleOrganizations, visiblePublications } from '@/lib/site/scopes';
import { excerpt } from '@/lib/site/text';
import type { DirectoryFilters } from './schemas';

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

function directoryWhere(viewer: MaybeViewer, filters: Omit<DirectoryFilters, 'page'>): Prisma.OrganizationWhereInput {
  return {
    ...visibleOrganizations(viewer),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.theme ? { themes: { has: filters.theme } } : {}),
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
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      ...pageWindow(filters.page, directoryPageSize),
      select: {
        slug: true,
        name: true,
        type: true,
        status: true,
        description: true,
        themes: true,
        regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
        countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
      },
    }),
  ]);
  const items = rows.map(({ description, ...row }) => ({ ...row, shortDescription: excerpt(description) }));
  return paginated(items, total, filters.page, directoryPageSize);
}

/** The themes of the organisations a viewer can see, alphabetically, for the theme filter. */
export async function listOrganizationThemes(viewer: MaybeViewer): Promise<string[]> {
  const rows = await db.organization.findMany({ where: visibleOrganizations(viewer), select: { themes: true } });
  return [...new Set(rows.flatMap((row) => row.themes))].sort((a, b) => a.localeCompare(b));
}

export interface OrganizationProfile {
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
  regions: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
  publications: { slug: string; title: string; kind: PublicationKind; publishedAt: Date | null; language: string }[];
}

export const organizationPublicationLimit = 50;

/** One organisation's profile with the publications the viewer may read; null if unknown or not visible. */
export const getOrganizationBySlug = cache(
  async (viewer: MaybeViewer, slug: string): Promise<OrganizationProfile | null> => {
    const organization = await db.organization.findUnique({
      where: { slug },
      select: {
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
        regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
        countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
        publications: {
          where: visiblePublications(viewer),
          orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
          take: organizationPublicationLimit,
          select: { slug: true, title: true, kind: true, publishedAt: true, language: true },
        },
      },
    });
    if (!organization || !can(viewer, 'organization:read', organization)) return null;
    return organization;
  },
);
