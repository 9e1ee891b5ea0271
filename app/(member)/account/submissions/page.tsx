import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PublicationTable } from '@/components/publications/publication-table';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listOwnPublications } from '@/lib/publications/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('publications.submissions');
  return { title: t('metaTitle') };
}

/** What the member shared, with its state; and the way to share something new. */
export default async function SubmissionsPage() {
  const viewer = await requirePermission('/account/submissions', 'publication:share', {});
  const [t, result] = await Promise.all([getTranslations('publications.submissions'), listOwnPublications(viewer)]);
  const submissions = dataOrRefusalPage(result, '/account/submissions');
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')}>
        <div className="mt-6">
          <ButtonLink href="/account/submissions/new">{t('new')}</ButtonLink>
        </div>
      </PageHeader>
      <div className="mt-8">
        {submissions.length > 0 ? (
          <PublicationTable publications={submissions} basePath="/account/submissions" caption={t('title')} />
        ) : (
          <EmptyState>{t('empty')}</EmptyState>
        )}
      </div>
    </PageContainer>
  );
}
