import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LevelBadge } from '@/components/monitoring/level-badge';
import { CountryLinkList } from '@/components/regions/place-lists';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { countryPath } from '@/lib/countries/queries';
import { listMonitoredCountries } from '@/lib/monitoring/queries';
import { listRegionsWithCountries } from '@/lib/regions/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('countries');
  return { title: t('title') };
}

export default async function CountriesPage() {
  const viewer = await getViewer();
  const [t, tm, format, regions, monitored] = await Promise.all([
    getTranslations('countries'),
    getTranslations('monitoring'),
    getFormatter(),
    listRegionsWithCountries(),
    listMonitoredCountries(viewer),
  ]);
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />
      {monitored.length > 0 ? (
        <Section id="monitored" title={tm('monitored.heading')}>
          <p className="mb-4 text-slate-700">{tm('monitored.intro')}</p>
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {monitored.map((country) => (
              <li key={country.code} className="flex flex-wrap items-center gap-2">
                <Link
                  href={`${countryPath(country.code)}#monitoring`}
                  className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 font-medium underline"
                >
                  {country.name}
                </Link>
                <LevelBadge level={country.level} />
                <span className="text-sm text-slate-700">
                  {format.dateTime(country.observedOn, { dateStyle: 'medium', timeZone: 'UTC' })}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {regions.map((region) => (
        <Section
          key={region.slug}
          id={`region-${region.slug}`}
          title={region.name}
          action={<TextLink href={`/regions/${region.slug}`}>{t('regionLink', { region: region.name })}</TextLink>}
        >
          <CountryLinkList countries={region.countries} />
        </Section>
      ))}
    </PageContainer>
  );
}
