// Demo content: the regions and countries, about 40 organisations, 60 publications (two toolkits),
// three campaigns with signatures, four events, and one account per role. Idempotent: every row is
// upserted by its natural key and existing rows are left as they are, so running it again changes
// nothing.
import { hashPassword, verifyPassword } from '../../lib/auth/password';
import { instantOf } from '../../lib/events/times';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { demoAccounts, demoPassword } from '../../lib/site/demo-accounts';
import type { DemoEvent } from './content/types';
import { demoCampaigns } from './content/campaigns';
import { demoEvents } from './content/events';
import { demoOrganizations } from './content/organizations';
import { demoPublications } from './content/publications';
import {
  createCampaign,
  createEvent,
  createMember,
  createOrganization,
  createPublication,
  ensureReferenceData,
  slugOf,
} from './factories';

// The demo accounts the README lists (and their published password) are declared with the rule
// that waives their second factor: lib/site/demo-accounts.ts.
export { demoAccounts, demoPassword } from '../../lib/site/demo-accounts';

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

/** A demo event's start as an instant: its wall-clock time in its own zone (days from today for upcoming ones). */
function eventStart(event: DemoEvent, today = new Date()): Date {
  const wallClock =
    typeof event.starts === 'string'
      ? event.starts
      : `${new Date(today.getTime() + event.starts.inDays * 86_400_000).toISOString().slice(0, 10)}T${event.starts.at}`;
  const start = instantOf(wallClock, event.timeZone);
  if ('problem' in start) throw new Error(`The demo event "${event.title}" starts at no time: ${start.problem}`);
  return start.instant;
}

/** The demo accounts that still open with the published password (the launcher's check, item 1 of issue 7). */
export async function accountsWithPublishedPassword(db: PrismaClient): Promise<string[]> {
  const accounts = await db.member.findMany({
    where: { email: { in: demoAccounts.map((account) => account.email) }, passwordHash: { not: null } },
    select: { email: true, passwordHash: true },
    orderBy: { email: 'asc' },
  });
  const open = await Promise.all(accounts.map((account) => verifyPassword(account.passwordHash!, demoPassword)));
  return accounts.filter((_account, index) => open[index]).map((account) => account.email);
}

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  // Regions and themes are reference data every install gets: content means organisations or people.
  return (await db.organization.count()) === 0 && (await db.member.count()) === 0;
}

export async function seedDemoContent(db: PrismaClient) {
  await ensureReferenceData(db);

  const organizationIds = new Map<string, string>();
  for (const organization of demoOrganizations) {
    const row = await createOrganization(db, {
      ...organization,
      status: organization.status ?? 'ACTIVE',
      joinedAt: organization.status === 'APPLIED' ? null : day(organization.joined),
    });
    organizationIds.set(organization.name, row.id);
  }

  for (const publication of demoPublications) {
    await createPublication(db, {
      ...publication,
      status: 'PUBLISHED',
      publishedAt: day(publication.published),
      organizationId: publication.organization ? organizationIds.get(publication.organization) : null,
    });
  }

  for (const campaign of demoCampaigns) {
    await createCampaign(db, {
      ...campaign,
      slug: slugOf(campaign.title),
      startsAt: day(campaign.starts),
      endsAt: campaign.ends ? day(campaign.ends) : null,
      updates: campaign.updates.map(({ title, body, published }) => ({ title, body, publishedAt: day(published) })),
      signatures: [
        ...campaign.signatures.map(({ country, ...signature }, index) => ({
          ...signature,
          countryCode: country ?? null,
          createdAt: new Date(day(campaign.starts).getTime() + (index + 1) * 36 * 3_600_000),
        })),
        ...campaign.endorsements.map((name) => ({
          name,
          kind: 'ORGANIZATION' as const,
          organizationId: organizationIds.get(name),
        })),
      ],
    });
  }

  for (const event of demoEvents) {
    const startsAt = eventStart(event);
    const campaign = event.campaign
      ? await db.campaign.findUnique({ where: { slug: slugOf(event.campaign) }, select: { id: true } })
      : null;
    await createEvent(db, {
      title: event.title,
      slug: slugOf(event.title),
      description: event.description,
      timeZone: event.timeZone,
      regions: event.regions,
      startsAt,
      endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000),
      location: event.location ?? null,
      onlineUrl: event.onlineUrl ?? null,
      campaignId: campaign?.id ?? null,
    });
  }

  const passwordHash = await hashPassword(demoPassword);
  // The demo member belongs to the first active organisation, and runs its team.
  const memberOrganization = demoOrganizations.find((organization) => (organization.status ?? 'ACTIVE') === 'ACTIVE');
  for (const account of demoAccounts) {
    await createMember(db, {
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash,
      organizationId:
        account.role === 'MEMBER' && memberOrganization ? organizationIds.get(memberOrganization.name) : null,
      organizationAdmin: account.role === 'MEMBER' && memberOrganization !== undefined,
      coordinatorRegions: account.role === 'COORDINATOR' ? ['americas', 'europe'] : [],
    });
  }

  return {
    regions: await db.region.count(),
    countries: await db.country.count(),
    organizations: await db.organization.count(),
    publications: await db.publication.count(),
    campaigns: await db.campaign.count(),
    signatures: await db.signature.count(),
    events: await db.event.count(),
    members: await db.member.count(),
  };
}
