import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { buttonClasses } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { requirePermission } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { cx } from '@/lib/site/class-names';
import { importMaxBytes, importMaxRows } from '@/lib/directory-csv/schemas';
import { DirectoryImportForm } from './_components/directory-import-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('directoryCsv');
  return { title: t('metaTitle') };
}

/** The directory as CSV (decision 028): admins export it, and import a changed file after a dry run. */
export default async function DirectoryCsvPage() {
  const viewer = await requirePermission('/manage/directory', 'directory:import', {});
  const t = await getTranslations('directoryCsv');
  return (
    <ClientMessages namespaces={['directoryCsv']}>
      <PageContainer className="max-w-5xl">
        <PageHeader title={t('title')} intro={t('intro')} />
        {can(viewer, 'directory:export', {}) ? (
          <Section id="export" title={t('export.heading')}>
            <p className="max-w-prose text-slate-700">{t('export.text')}</p>
            {/* A download from a route handler: a plain link, never prefetched. */}
            <a href="/manage/directory/export.csv" download className={cx(buttonClasses('secondary'), 'mt-4')}>
              {t('export.link')}
            </a>
          </Section>
        ) : null}
        <Section id="import" title={t('import.heading')}>
          <p className="max-w-prose text-slate-700">{t('import.text')}</p>
          <div className="mt-4">
            <DirectoryImportForm maxKilobytes={importMaxBytes / 1024} maxRows={importMaxRows} />
          </div>
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
