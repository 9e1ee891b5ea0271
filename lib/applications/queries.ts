// Reads of membership applications: the choices of the /join form, and the applications a
// coordinator (of their regions) or an admin reviews in /manage/applications.
import 'server-only';
import { listRegionsWithCountries } from '@/lib/regions/queries';
import { listThemes, themeOrder, type ThemeTag } from '@/lib/themes/queries';
import { can, reviewableApplications, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ApplicationStatus, MembershipCategory, OrganizationType, Visibility } from '@/lib/generated/prisma/enums';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import { applicationIdSchema, type ApplicationFilters } from './schemas';

export const applicationPageSize = 25;

export interface JoinRegionOption {
  slug: string;
  name: string;
  countries: { code: string; name: string }[];
}

export interface JoinOptions {
  regions: JoinRegionOption[];
  themes: ThemeTag[];
}

/**
 * The choices of the application form: regions in their set order, each with its countries by name,
 * and the themes of the vocabulary. Public data.
 */
export async function listJoinOptions(): Promise<JoinOptions> {
  const [regions, themes] = await Promise.all([listRegionsWithCountries(), listThemes()]);
  return { regions, themes };
}

export interface ApplicationListItem {
  id: string;
  organizationName: string;
  organizationType: OrganizationType;
  category: MembershipCategory;
  contactName: string;
  status: ApplicationStatus;
  createdAt: Date;
  reviewedAt: Date | null;
  regions: { slug: string; name: string }[];
}

export interface ApplicationList extends Paginated<ApplicationListItem> {
  /** How many applications of each status the viewer may see, for the status filter. */
  counts: Record<ApplicationStatus, number>;
}

/** The applications a viewer may review, of one status, newest first, 25 a page; none for non-staff. */
export async function listApplications(viewer: MaybeViewer, filters: ApplicationFilters): Promise<ApplicationList> {
  const scope = reviewableApplications(viewer);
  const where: Prisma.MembershipApplicationWhereInput = { ...scope, status: filters.status };
  const [total, items, groups] = await Promise.all([
    db.membershipApplication.count({ where }),
    db.membershipApplication.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(filters.page, applicationPageSize),
      select: {
        id: true,
        organizationName: true,
        organizationType: true,
        category: true,
        contactName: true,
        status: true,
        createdAt: true,
        reviewedAt: true,
        regions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
      },
    }),
    db.membershipApplication.groupBy({ by: ['status'], where: scope, _count: { _all: true } }),
  ]);
  const counts: Record<ApplicationStatus, number> = { PENDING: 0, APPROVED: 0, REJECTED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return { ...paginated(items, total, filters.page, applicationPageSize), counts };
}

export interface ApplicationDetail {
  id: string;
  organizationName: string;
  organizationType: OrganizationType;
  category: MembershipCategory;
  description: string;
  website: string | null;
  publicEmail: string | null;
  publicEmailVisibility: Visibility;
  themes: ThemeTag[];
  contactName: string;
  contactEmail: string;
  contactRole: string | null;
  message: string | null;
  status: ApplicationStatus;
  reviewNote: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  countries: { code: string; name: string }[];
  regions: { id: string; slug: string; name: string }[];
  reviewedBy: { name: string } | null;
  organization: { slug: string; name: string } | null;
}

/** One application with everything submitted; 404 when unknown or outside the viewer's regions. */
export async function getApplication(viewer: MaybeViewer, id: string): Promise<Result<ApplicationDetail>> {
  if (!can(viewer, 'application:list', {})) return denied(viewer);
  const parsedId = applicationIdSchema.safeParse(id);
  if (!parsedId.success) return missing();
  const application = await db.membershipApplication.findUnique({
    where: { id: parsedId.data },
    select: {
      id: true,
      organizationName: true,
      organizationType: true,
      category: true,
      description: true,
      website: true,
      publicEmail: true,
      publicEmailVisibility: true,
      themes: { orderBy: themeOrder, select: { slug: true, label: true } },
      contactName: true,
      contactEmail: true,
      contactRole: true,
      message: true,
      status: true,
      reviewNote: true,
      reviewedAt: true,
      createdAt: true,
      countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
      regions: { orderBy: { sortOrder: 'asc' }, select: { id: true, slug: true, name: true } },
      reviewedBy: { select: { name: true } },
      organization: { select: { slug: true, name: true } },
    },
  });
  if (!application) return missing();
  // Outside the viewer's regions it is answered as unknown: its existence is not theirs to know.
  if (!can(viewer, 'application:review', { regionIds: application.regions.map((region) => region.id) })) {
    return missing();
  }
  return { ok: true, data: application };
}
