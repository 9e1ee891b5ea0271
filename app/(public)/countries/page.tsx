import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { countryPath } from '@/lib/countries/queries';
import { listRegionsWithCountries } from '@/lib/regions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('countries');
  return { title: t('title') };
}

export default async function CountriesPage() {
  const [t, regions] = await Promise.all([getTranslations('countries'), listRegionsWithCountries()]);
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />
      {regions.map((region) => (
        <Section
          key={region.slug}
          id={`region-${region.slug}`}
          title={region.name}
          action={<TextLink href={`/regions/${region.slug}`}>{t('regionLink', { region: region.name })}</TextLink>}
        >
          <ul className="columns-2 gap-6 sm:columns-3 lg:columns-4">
            {region.countries.map((country) => (
              <li key={country.code} className="break-inside-avoid py-0.5">
                <Link
                  href={countryPath(country.code)}
                  className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
                >
                  {country.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </PageContainer>
  );
}
