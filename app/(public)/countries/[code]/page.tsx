import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CampaignCard } from '@/components/campaigns/campaign-card';
import { EventCard } from '@/components/events/event-card';
import { PublicationList } from '@/components/library/publication-list';
import { Timeline } from '@/components/monitoring/timeline';
import { OrganizationNameList } from '@/components/regions/place-lists';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { FeedLinks } from '@/components/ui/feed-links';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { countryPath, getCountry } from '@/lib/countries/queries';
import { feedAlternates, feedLinksOf } from '@/lib/feeds/paths';
import { getSiteSettings } from '@/lib/site/settings';
import { rememberVisitorRecordPage } from '@/lib/site/page-cache';
import { hrefWith } from '@/lib/site/search-params';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCountry(await getViewer(), (await params).code);
  if (!result.ok) return {};
  const [t, tc] = await Promise.all([getTranslations('monitoring'), getTranslations('countries')]);
  const country = result.data;
  return {
    title: country.name,
    description: tc('detail.intro', { country: country.name, region: country.region.name }),
    alternates: {
      canonical: countryPath(country.code),
      ...feedAlternates(
        {
          rss: `${countryPath(country.code)}/timeline.rss`,
          atom: `${countryPath(country.code)}/timeline.atom`,
        },
        t('timeline.feedTitle', { country: country.name, site: getSiteSettings().name }),
      ),
    },
  };
}

export default async function CountryPage({ params }: Props) {
  const { code } = await params;
  const viewer = await getViewer();
  const country = dataOrRefusalPage(await getCountry(viewer, code), `/countries/${code}`);
  if (!viewer) rememberVisitorRecordPage(countryPath(country.code));
  const t = await getTranslations();
  const names = { country: country.name, region: country.region.name };
  const { organizations, publications, campaigns, events } = country;

  return (
    <PageContainer>
      <BackLink href="/countries">{t('countries.detail.back')}</BackLink>
      <PageHeader title={country.name} intro={t('countries.detail.intro', names)}>
        <p className="text-sm">
          <TextLink href={`/regions/${country.region.slug}`}>
            {t('countries.regionLink', { region: country.region.name })}
          </TextLink>
        </p>
      </PageHeader>

      <Section id="monitoring" title={t('monitoring.timeline.heading')}>
        <p className="mb-4 text-slate-700">{t('monitoring.timeline.intro', names)}</p>
        <Timeline entries={country.timeline} country={country.name} />
        <FeedLinks
          className="mt-4"
          label={t('monitoring.timeline.follow', names)}
          links={{
            rss: `${countryPath(country.code)}/timeline.rss`,
            atom: `${countryPath(country.code)}/timeline.atom`,
          }}
        />
      </Section>

      <Section
        id="organizations"
        title={t('countries.detail.organizations')}
        action={
          organizations.total > organizations.items.length ? (
            <TextLink href={hrefWith('/directory', { country: country.code })}>
              {t('countries.detail.allOrganizations', { count: organizations.total, ...names })}
            </TextLink>
          ) : null
        }
      >
        {organizations.items.length > 0 ? (
          <OrganizationNameList organizations={organizations.items} />
        ) : (
          <EmptyState>{t('countries.detail.noOrganizations', names)}</EmptyState>
        )}
      </Section>

      <Section
        id="publications"
        title={t('countries.detail.publications')}
        action={
          publications.total > 0 ? (
            <TextLink href={hrefWith('/library', { country: country.code })}>
              {t('countries.detail.allPublications', { count: publications.total, ...names })}
            </TextLink>
          ) : null
        }
      >
        {publications.items.length > 0 ? (
          <PublicationList publications={publications.items} />
        ) : (
          <EmptyState>{t('countries.detail.noPublications', names)}</EmptyState>
        )}
        <FeedLinks
          className="mt-4"
          label={t('countries.detail.followPublications', names)}
          links={feedLinksOf('library', { country: country.code })}
        />
      </Section>

      <Section id="campaigns" title={t('countries.detail.campaigns', names)}>
        {campaigns.length > 0 ? (
          <ul className="grid gap-5 md:grid-cols-2">
            {campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <CampaignCard campaign={campaign} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('countries.detail.noCampaigns', names)}</EmptyState>
        )}
      </Section>

      <Section
        id="events"
        title={t('countries.detail.events', names)}
        action={
          events.total > events.items.length ? (
            <TextLink href={hrefWith('/events', { region: country.region.slug })}>
              {t('countries.detail.allEvents', { count: events.total, ...names })}
            </TextLink>
          ) : null
        }
      >
        {events.items.length > 0 ? (
          <ul className="grid gap-5 md:grid-cols-2">
            {events.items.map((event) => (
              <li key={event.slug}>
                <EventCard event={event} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('countries.detail.noEvents', names)}</EmptyState>
        )}
      </Section>
    </PageContainer>
  );
}
