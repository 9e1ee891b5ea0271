import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegionCard } from '@/components/regions/region-card';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { listRegions } from '@/lib/regions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('regions');
  return { title: t('title') };
}

export default async function RegionsPage() {
  const viewer = await getViewer();
  const [t, regions] = await Promise.all([getTranslations('regions'), listRegions(viewer)]);
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')}>
        <p className="text-sm">
          <TextLink href="/countries">{t('byCountry')}</TextLink>
        </p>
      </PageHeader>
      <ul className="mt-8 grid gap-5 md:grid-cols-2 lg:grid-cols-3">
        {regions.map((region) => (
          <li key={region.slug}>
            <RegionCard region={region} />
          </li>
        ))}
      </ul>
    </PageContainer>
  );
}
