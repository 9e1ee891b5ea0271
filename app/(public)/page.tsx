import { getTranslations } from 'next-intl/server';
import { CampaignCard } from '@/components/campaigns/campaign-card';
import { PublicationCard } from '@/components/library/publication-card';
import { RegionCard } from '@/components/regions/region-card';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { listActiveCampaigns } from '@/lib/campaigns/queries';
import { listLatestPublications } from '@/lib/library/queries';
import { listRegions } from '@/lib/regions/queries';
import { getSiteSettings } from '@/lib/site/settings';

export default async function HomePage() {
  const viewer = await getViewer();
  const [t, publications, campaigns, regions] = await Promise.all([
    getTranslations('home'),
    listLatestPublications(viewer, 6),
    listActiveCampaigns(viewer),
    listRegions(viewer),
  ]);
  const settings = getSiteSettings();

  return (
    <>
      <div className="on-dark bg-brand-900 text-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">{settings.name}</h1>
          <p className="text-brand-50 mt-5 max-w-2xl text-lg sm:text-xl">{settings.tagline}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/directory" variant="inverse">
              {t('browseDirectory')}
            </ButtonLink>
            <ButtonLink href="/join" variant="ghostInverse">
              {t('join')}
            </ButtonLink>
            <ButtonLink href="/get-involved" variant="ghostInverse">
              {t('getInvolved')}
            </ButtonLink>
          </div>
        </div>
      </div>

      <div className="mx-auto max-w-6xl px-4 pb-4 sm:px-6">
        <Section
          id="latest-publications"
          title={t('latestPublications.heading')}
          action={<TextLink href="/library">{t('latestPublications.all')}</TextLink>}
        >
          {publications.length > 0 ? (
            <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
              {publications.map((publication) => (
                <li key={publication.slug}>
                  <PublicationCard publication={publication} headingLevel={3} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('latestPublications.empty')}</EmptyState>
          )}
        </Section>

        <Section
          id="active-campaigns"
          title={t('campaigns.heading')}
          action={<TextLink href="/campaigns">{t('campaigns.all')}</TextLink>}
        >
          {campaigns.length > 0 ? (
            <ul className="grid gap-5 md:grid-cols-2 lg:grid-cols-3">
              {campaigns.map((campaign) => (
                <li key={campaign.slug}>
                  <CampaignCard campaign={campaign} headingLevel={3} />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('campaigns.empty')}</EmptyState>
          )}
        </Section>

        <Section
          id="regions"
          title={t('regions.heading')}
          action={<TextLink href="/regions">{t('regions.all')}</TextLink>}
        >
          <p className="-mt-2 mb-5 text-slate-700">{t('regions.intro')}</p>
          <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-5">
            {regions.map((region) => (
              <li key={region.slug}>
                <RegionCard region={region} headingLevel={3} compact />
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </>
  );
}
