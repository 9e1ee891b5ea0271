// Reads for the regions pages and the region counts on the home page.
import 'server-only';
import { cache } from 'react';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { countEndorsements, countSignatures } from '@/lib/campaigns/queries';
import { byCampaignStatus } from '@/lib/campaigns/status';
import { db } from '@/lib/db';
import { missing, type Result } from '@/lib/forms/result';
import type { CampaignStatus, OrganizationType, PublicationKind } from '@/lib/generated/prisma/enums';
import { visibleCampaigns, visibleOrganizations, visiblePublications } from '@/lib/auth/policy';
import { newestPublicationsFirst, organizationsByName } from '@/lib/site/orderings';

export interface RegionOption {
  slug: string;
  name: string;
}

export interface RegionSummary extends RegionOption {
  description: string;
  counts: { organizations: number; publications: number; activeCampaigns: number; countries: number };
}

function regionCounts(viewer: MaybeViewer) {
  return {
    select: {
      organizations: { where: visibleOrganizations(viewer) },
      publications: { where: visiblePublications(viewer) },
      campaigns: { where: { ...visibleCampaigns(viewer), status: 'ACTIVE' as CampaignStatus } },
      countries: true,
    },
  } as const;
}

/** The regions in their set order, with what the viewer may see in each. */
export async function listRegions(viewer: MaybeViewer): Promise<RegionSummary[]> {
  const rows = await db.region.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, description: true, _count: regionCounts(viewer) },
  });
  return rows.map(({ _count, ...region }) => ({
    ...region,
    counts: {
      organizations: _count.organizations,
      publications: _count.publications,
      activeCampaigns: _count.campaigns,
      countries: _count.countries,
    },
  }));
}

/** Slug and name of every region, for filter menus. Regions are public, so it needs no viewer. */
export async function listRegionOptions(): Promise<RegionOption[]> {
  return db.region.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { slug: true, name: true } });
}

export interface RegionDetail extends RegionSummary {
  organizations: { slug: string; name: string; type: OrganizationType }[];
  latestPublications: {
    slug: string;
    title: string;
    kind: PublicationKind;
    publishedAt: Date | null;
    language: string;
  }[];
  campaigns: {
    slug: string;
    title: string;
    goal: string;
    status: CampaignStatus;
    startsAt: Date;
    endsAt: Date | null;
    signatureCount: number;
    endorsementCount: number;
    signatureGoal: number;
  }[];
  countries: { code: string; name: string }[];
}

export const regionPublicationLimit = 10;
/** The first organisations by name; counts.organizations says how many there are (the directory lists all). */
export const regionOrganizationLimit = 24;

/** One region with its first organisations, latest publications, campaigns and countries; 404 if unknown. */
export const getRegion = cache(async (viewer: MaybeViewer, slug: string): Promise<Result<RegionDetail>> => {
  const region = await db.region.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      _count: regionCounts(viewer),
      organizations: {
        where: visibleOrganizations(viewer),
        orderBy: organizationsByName,
        take: regionOrganizationLimit,
        select: { slug: true, name: true, type: true },
      },
      publications: {
        where: visiblePublications(viewer),
        orderBy: newestPublicationsFirst,
        take: regionPublicationLimit,
        select: { slug: true, title: true, kind: true, publishedAt: true, language: true },
      },
      campaigns: {
        where: visibleCampaigns(viewer),
        orderBy: { startsAt: 'desc' },
        select: {
          id: true,
          slug: true,
          title: true,
          goal: true,
          status: true,
          startsAt: true,
          endsAt: true,
          signatureGoal: true,
        },
      },
      countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } },
    },
  });
  if (!region) return missing();
  const { _count, campaigns, publications, ...rest } = region;
  const campaignIds = campaigns.map((campaign) => campaign.id);
  const [signatureCounts, endorsementCounts] = await Promise.all([
    countSignatures(campaignIds),
    countEndorsements(campaignIds),
  ]);
  const data = {
    ...rest,
    counts: {
      organizations: _count.organizations,
      publications: _count.publications,
      activeCampaigns: _count.campaigns,
      countries: _count.countries,
    },
    latestPublications: publications,
    campaigns: campaigns
      .filter((campaign) => can(viewer, 'campaign:read', campaign))
      .map(({ id, ...campaign }) => ({
        ...campaign,
        signatureCount: signatureCounts.get(id) ?? 0,
        endorsementCount: endorsementCounts.get(id) ?? 0,
      }))
      .sort(byCampaignStatus),
  };
  return { ok: true, data };
});

export interface RegionWithCountries {
  slug: string;
  name: string;
  countries: { code: string; name: string }[];
}

/** Every region in its set order, each with its countries by name: the country pickers of the forms. */
export async function listRegionsWithCountries(): Promise<RegionWithCountries[]> {
  return db.region.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } } },
  });
}
