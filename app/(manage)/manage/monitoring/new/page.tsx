import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { MonitoringEntryForm } from '@/components/monitoring/monitoring-entry-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { requirePermission } from '@/lib/auth/guards';
import { getMonitoringCountryOptions } from '@/lib/monitoring/queries';
import { emptyMonitoringEntry } from '@/lib/monitoring/schemas';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('monitoring.editor');
  return { title: t('newTitle') };
}

/** Staff write a monitoring entry about a country of their regions. */
export default async function NewMonitoringEntryPage() {
  const viewer = await requirePermission('/manage/monitoring/new', 'monitoring:manage', {});
  const [t, countries] = await Promise.all([getTranslations('monitoring.editor'), getMonitoringCountryOptions(viewer)]);
  return (
    <ClientMessages namespaces={['monitoring']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/monitoring">{t('back')}</BackLink>
        <PageHeader title={t('newTitle')} intro={t('newIntro')} />
        <div className="mt-8">
          <MonitoringEntryForm values={emptyMonitoringEntry()} countries={countries} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
