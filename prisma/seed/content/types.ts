// Shapes of the demo content. The content files beside this one are plain data, written for this
// project; prisma/seed/index.ts turns them into rows with the factories in lib/testing/factories.ts.
import type {
  CampaignStatus,
  MembershipCategory,
  OrganizationStatus,
  OrganizationType,
  PublicationKind,
  Visibility,
} from '../../../lib/generated/prisma/enums';
import type { StandardThemeSlug } from '../themes';

/** Region slugs, as seeded by prisma/seed/regions.ts. */
export type RegionSlug = 'africa' | 'americas' | 'asia-pacific' | 'europe' | 'middle-east-north-africa';

export interface DemoOrganization {
  name: string;
  type: OrganizationType;
  category?: MembershipCategory;
  status?: OrganizationStatus; // default ACTIVE
  description: string; // 2-4 sentences, plain text
  website?: string; // use https://example.org/... style addresses only (RFC 2606 domains)
  contactEmail?: string; // @example.org / .net / .com only
  /** ISO 3166-1 alpha-2 codes of the countries it works in. */
  countries: string[];
  /**
   * Regions of work for an organisation that names no countries. With countries, leave it out: its
   * regions follow from them (those of its countries are added automatically), and a region beyond
   * them would read as one of theirs ("Works in Canada (Americas, Africa)").
   */
  regions?: RegionSlug[];
  /** Slugs of standard themes (prisma/seed/themes.ts). */
  themes: StandardThemeSlug[];
  joined: string; // ISO date, e.g. '2019-03-14'
}

export interface DemoToolkitSection {
  heading: string;
  body: string; // Markdown
}

export interface DemoPublication {
  title: string;
  kind: PublicationKind;
  summary: string; // one or two sentences
  body: string; // Markdown, several paragraphs, may use headings, lists, links, emphasis
  authors: string[];
  /** Name of a DemoOrganization that published it, if any. */
  organization?: string;
  /** The name of where it first appeared, for re-published pieces; the page adds "First published in". */
  source?: string;
  sourceUrl?: string;
  published: string; // ISO date
  regions: RegionSlug[];
  countries?: string[];
  /** Slugs of standard themes (prisma/seed/themes.ts). */
  themes: StandardThemeSlug[];
  language?: string; // default 'en'
  visibility?: Visibility; // default PUBLIC
  sections?: DemoToolkitSection[]; // only for kind TOOLKIT
}

export interface DemoSignature {
  name: string;
  email: string; // @example.org / .net / .com only
  country?: string; // alpha-2
  comment?: string;
  isPublic?: boolean; // default true
}

export interface DemoCampaign {
  title: string;
  goal: string;
  callToAction: string;
  body: string; // Markdown
  targets: string[];
  regions: RegionSlug[];
  starts: string; // ISO date
  ends?: string;
  status: CampaignStatus;
  signatureGoal: number;
  updates: { title: string; body: string; published: string }[];
  signatures: DemoSignature[];
  /** Names of DemoOrganizations that endorse it. */
  endorsements: string[];
}

export interface DemoEvent {
  title: string;
  description: string; // Markdown
  /**
   * When it starts, as local wall-clock time in `timeZone`: a fixed ISO date-time ('2026-10-06T14:00'),
   * or a number of days after the day the seed runs and a time, so a fresh demo always has events to come.
   */
  starts: string | { inDays: number; at: string };
  durationMinutes: number;
  /** The IANA zone the times are in, e.g. 'Africa/Nairobi'. */
  timeZone: string;
  location?: string;
  onlineUrl?: string; // https://example.org/... style addresses only
  regions: RegionSlug[];
  /** Title of the DemoCampaign it belongs to, if any. */
  campaign?: string;
}
