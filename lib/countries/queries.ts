// Reads for the country pages (/countries/[code]): one country with what the viewer may see of it:
// its monitoring timeline, its organisations (those that show their countries to the viewer), publications about it, and
// the running campaigns and upcoming events of its region (campaigns and events name regions, not
// countries). Each list is the first page of its own listing, whose filters the page links to.
import 'server-only';
import { cache } from 'react';
import type { MaybeViewer } from '@/lib/auth/policy';
import { listCampaigns, type CampaignListItem } from '@/lib/campaigns/queries';
import { db } from '@/lib/db';
import { listOrganizations, type OrganizationListItem } from '@/lib/directory/queries';
import { listUpcomingEvents, type EventListItem } from '@/lib/events/queries';
import { missing, type Result } from '@/lib/forms/result';
import { listPublications, type PublicationListItem } from '@/lib/library/queries';
import { listTimeline, type TimelineEntry } from '@/lib/monitoring/queries';
import type { Paginated } from '@/lib/site/pagination';

export interface CountryDetail {
  code: string;
  name: string;
  region: { slug: string; name: string };
  organizations: Paginated<OrganizationListItem>;
  publications: Paginated<PublicationListItem>;
  /** Running campaigns of its region. */
  campaigns: CampaignListItem[];
  /** Upcoming events of its region, soonest first. */
  events: Paginated<EventListItem>;
  /** Its monitoring timeline, newest first. */
  timeline: TimelineEntry[];
}

/** An ISO 3166 alpha-2 code in an address, in either case ("ke", "KE"); anything else is no country. */
const countryCodeInPath = /^[a-zA-Z]{2}$/;

export { countryPath } from '@/lib/site/country-path';

/** A country by its code in an address (either case), with its region; null when there is none. */
export async function findCountry(code: string) {
  if (!countryCodeInPath.test(code)) return null;
  return db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: { code: true, name: true, region: { select: { slug: true, name: true } } },
  });
}

/** One country and what the viewer may see of it; 404 for an unknown code. */
export const getCountry = cache(async (viewer: MaybeViewer, code: string): Promise<Result<CountryDetail>> => {
  const country = await findCountry(code);
  if (!country) return missing();
  const [organizations, publications, campaigns, events, timeline] = await Promise.all([
    listOrganizations(viewer, { country: country.code, page: 1 }),
    listPublications(viewer, { country: country.code, page: 1 }),
    listCampaigns(viewer, { status: 'ACTIVE', region: country.region.slug }),
    listUpcomingEvents(viewer, { region: country.region.slug, page: 1 }),
    listTimeline(viewer, country.code),
  ]);
  return { ok: true, data: { ...country, organizations, publications, campaigns, events, timeline } };
});
