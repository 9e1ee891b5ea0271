import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApplicationList } from '@/components/applications/application-list';
import { ApplicationStatusFilter } from '@/components/applications/application-status-filter';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink } from '@/components/ui/text-link';
import { requirePermission } from '@/lib/auth/guards';
import { listApplications } from '@/lib/applications/queries';
import { parseApplicationFilters } from '@/lib/applications/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('applications');
  return { title: t('metaTitle') };
}

/** The applications the viewer may review, by status, newest first. */
export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseApplicationFilters(await searchParams);
  const hrefFor = (page: number) =>
    hrefWith('/manage/applications', { status: filters.status === 'PENDING' ? undefined : filters.status, page });
  const viewer = await requirePermission(hrefFor(filters.page), 'application:list', {});
  const [t, list] = await Promise.all([getTranslations(), listApplications(viewer, filters)]);

  return (
    <PageContainer>
      <BackLink href="/manage">{t('applications.staffHomeLink')}</BackLink>
      <PageHeader title={t('applications.title')} intro={t('applications.intro')} />
      <div className="mt-8">
        <ApplicationStatusFilter current={filters.status} counts={list.counts} />
      </div>
      <h2 className="mt-8 mb-4 text-xl font-bold tracking-tight text-slate-900">
        {t(`applications.status.${filters.status}`)}
        {list.total > 0 ? (
          <span className="ml-2 text-base font-normal text-slate-700">
            ({t('applications.count', { count: list.total })})
          </span>
        ) : null}
      </h2>
      <PagedList list={list} hrefFor={hrefFor} empty={t(`applications.empty.${filters.status}`)}>
        {(items) => <ApplicationList applications={items} />}
      </PagedList>
    </PageContainer>
  );
}
