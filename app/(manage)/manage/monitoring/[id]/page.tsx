import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { MonitoringEntryForm } from '@/components/monitoring/monitoring-entry-form';
import { RemoveMonitoringEntryForm } from '@/components/monitoring/remove-monitoring-entry-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { countryPath } from '@/lib/countries/queries';
import { getEntryForEditing, getMonitoringCountryOptions } from '@/lib/monitoring/queries';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getEntryForEditing(await getViewer(), (await params).id);
  const t = await getTranslations('monitoring.editor');
  return { title: result.ok ? t('editTitle', { country: result.data.country.name }) : t('back') };
}

/** One monitoring entry for the staff of its country's region: its form, and removing it. */
export default async function ManageMonitoringEntryPage({ params }: Props) {
  const { id } = await params;
  const returnTo = `/manage/monitoring/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(returnTo, 'monitoring:manage', {});
  const [result, countries, t] = await Promise.all([
    getEntryForEditing(viewer, id),
    getMonitoringCountryOptions(viewer),
    getTranslations('monitoring.editor'),
  ]);
  const entry = dataOrRefusalPage(result, returnTo);
  return (
    <ClientMessages namespaces={['monitoring']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/monitoring">{t('back')}</BackLink>
        <PageHeader title={t('editTitle', { country: entry.country.name })} />
        <p className="mt-6 mb-6">
          <TextLink href={countryPath(entry.country.code)}>{t('view')}</TextLink>
        </p>
        <MonitoringEntryForm entryId={entry.id} values={entry.values} countries={countries} />
        <Section id="remove" title={t('removeHeading')}>
          <p className="mb-4 text-slate-700">{t('removeIntro')}</p>
          <RemoveMonitoringEntryForm entryId={entry.id} />
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
