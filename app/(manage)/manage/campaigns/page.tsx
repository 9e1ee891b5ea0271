import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listManagedCampaigns } from '@/lib/campaigns/queries';
import { managedCampaignFiltersSchema } from '@/lib/campaigns/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';
import { CampaignStatusFilter } from './_components/campaign-status-filter';
import { CampaignTable } from './_components/campaign-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('manageCampaigns');
  return { title: t('metaTitle') };
}

/** The campaigns of the viewer's regions, by state, last changed first. */
export default async function ManageCampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = managedCampaignFiltersSchema.parse(await searchParams);
  const hrefFor = (page: number) => hrefWith('/manage/campaigns', { status: filters.status, page });
  const viewer = await requirePermission(hrefFor(filters.page), 'campaign:manage', {});
  const [t, tc, result] = await Promise.all([
    getTranslations('manageCampaigns'),
    getTranslations('common'),
    listManagedCampaigns(viewer, filters),
  ]);
  const list = dataOrRefusalPage(result, hrefFor(filters.page));
  return (
    <PageContainer>
      <BackLink href="/manage">{t('staffHome')}</BackLink>
      <PageHeader title={t('title')} intro={t('intro')}>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/manage/campaigns/new">{t('new')}</ButtonLink>
        </div>
      </PageHeader>
      <div className="mt-8">
        <CampaignStatusFilter current={filters.status} counts={list.counts} />
      </div>
      <h2 className="mt-8 mb-4 text-xl font-bold tracking-tight text-slate-900">
        {filters.status ? tc(`campaignStatus.${filters.status}`) : t('all')}
        <span className="ml-2 text-base font-normal text-slate-700">({t('count', { count: list.total })})</span>
      </h2>
      <PagedList list={list} hrefFor={hrefFor} empty={t('empty')}>
        {(items) => <CampaignTable campaigns={items} caption={t('title')} />}
      </PagedList>
    </PageContainer>
  );
}
