import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PublicationStatusFilter } from '@/components/publications/publication-status-filter';
import { PublicationTable } from '@/components/publications/publication-table';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listManagedPublications } from '@/lib/publications/queries';
import { managedPublicationFiltersSchema } from '@/lib/publications/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('publications.manage');
  return { title: t('metaTitle') };
}

/** The publications of the viewer's regions, by state, last changed first. */
export default async function ManagePublicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = managedPublicationFiltersSchema.parse(await searchParams);
  const hrefFor = (page: number) => hrefWith('/manage/publications', { status: filters.status, page });
  const viewer = await requirePermission(hrefFor(filters.page), 'publication:manage', {});
  const [t, result] = await Promise.all([getTranslations('publications'), listManagedPublications(viewer, filters)]);
  const list = dataOrRefusalPage(result, hrefFor(filters.page));
  return (
    <PageContainer>
      <BackLink href="/manage">{t('manage.staffHome')}</BackLink>
      <PageHeader title={t('manage.title')} intro={t('manage.intro')}>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/manage/publications/new">{t('manage.new')}</ButtonLink>
          <ButtonLink href="/manage/review" variant="secondary">
            {t('manage.reviewQueue')}
          </ButtonLink>
        </div>
      </PageHeader>
      <div className="mt-8">
        <PublicationStatusFilter current={filters.status} counts={list.counts} />
      </div>
      <h2 className="mt-8 mb-4 text-xl font-bold tracking-tight text-slate-900">
        {filters.status ? t(`status.${filters.status}`) : t('manage.all')}
        <span className="ml-2 text-base font-normal text-slate-700">({t('manage.count', { count: list.total })})</span>
      </h2>
      <PagedList list={list} hrefFor={hrefFor} empty={t('manage.empty')}>
        {(items) => (
          <PublicationTable publications={items} basePath="/manage/publications" caption={t('manage.title')} />
        )}
      </PagedList>
    </PageContainer>
  );
}
