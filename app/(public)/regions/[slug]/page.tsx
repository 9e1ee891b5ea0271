import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CampaignCard } from '@/components/campaigns/campaign-card';
import { PublicationList } from '@/components/library/publication-list';
import { CountryLinkList, OrganizationNameList } from '@/components/regions/place-lists';
import { RegionCounts } from '@/components/regions/region-card';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { rememberVisitorRecordPage } from '@/lib/site/page-cache';
import { getRegion } from '@/lib/regions/queries';
import { hrefWith } from '@/lib/site/search-params';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getRegion(await getViewer(), (await params).slug);
  if (!result.ok) return {};
  const region = result.data;
  return { title: region.name, description: region.description };
}

export default async function RegionPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const region = dataOrRefusalPage(await getRegion(viewer, slug), `/regions/${slug}`);
  if (!viewer) rememberVisitorRecordPage(`/regions/${region.slug}`);
  const t = await getTranslations();

  return (
    <PageContainer>
      <BackLink href="/regions">{t('regions.detail.back')}</BackLink>
      <PageHeader title={region.name} intro={region.description}>
        <div className="max-w-xl">
          <RegionCounts counts={region.counts} />
        </div>
      </PageHeader>

      <Section
        id="organizations"
        title={t('regions.detail.organizations')}
        action={
          // The page lists the first organisations by name; the directory has them all.
          region.counts.organizations > region.organizations.length ? (
            <TextLink href={hrefWith('/directory', { region: region.slug })}>
              {t('regions.detail.allOrganizations', { count: region.counts.organizations, region: region.name })}
            </TextLink>
          ) : null
        }
      >
        {region.organizations.length > 0 ? (
          <OrganizationNameList organizations={region.organizations} />
        ) : (
          <EmptyState>{t('regions.detail.noOrganizations')}</EmptyState>
        )}
      </Section>

      <Section
        id="publications"
        title={t('regions.detail.publications')}
        action={
          region.counts.publications > 0 ? (
            <TextLink href={hrefWith('/library', { region: region.slug })}>
              {t('regions.detail.allPublications', { count: region.counts.publications, region: region.name })}
            </TextLink>
          ) : null
        }
      >
        {region.latestPublications.length > 0 ? (
          <PublicationList publications={region.latestPublications} />
        ) : (
          <EmptyState>{t('regions.detail.noPublications')}</EmptyState>
        )}
      </Section>

      <Section id="campaigns" title={t('regions.detail.campaigns')}>
        {region.campaigns.length > 0 ? (
          <ul className="grid gap-5 md:grid-cols-2">
            {region.campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <CampaignCard campaign={{ ...campaign, regions: [] }} headingLevel={3} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('regions.detail.noCampaigns')}</EmptyState>
        )}
      </Section>

      <Section id="countries" title={t('regions.detail.countries')}>
        <CountryLinkList countries={region.countries} />
      </Section>
    </PageContainer>
  );
}
