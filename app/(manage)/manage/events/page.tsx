import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { managedEventFiltersSchema } from '@/lib/events/filters';
import { listManagedEvents } from '@/lib/events/queries';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';
import { FilterTabs } from '@/components/ui/filter-tabs';
import { EventTable } from './_components/event-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events.manage');
  return { title: t('title') };
}

/** The events of the viewer's regions: upcoming ones soonest first, or past ones latest first. */
export default async function ManageEventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = managedEventFiltersSchema.parse(await searchParams);
  const hrefOf = (when: 'upcoming' | 'past', page = 1) =>
    hrefWith('/manage/events', { when: when === 'upcoming' ? undefined : when, page });
  const viewer = await requirePermission(hrefOf(filters.when, filters.page), 'event:manage', {});
  const [t, result] = await Promise.all([getTranslations('events.manage'), listManagedEvents(viewer, filters)]);
  const list = dataOrRefusalPage(result, hrefOf(filters.when, filters.page));
  const heading = t(filters.when);
  return (
    <PageContainer>
      <BackLink href="/manage">{t('staffHome')}</BackLink>
      <PageHeader title={t('title')} intro={t('intro')}>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/manage/events/new">{t('new')}</ButtonLink>
        </div>
      </PageHeader>
      <FilterTabs
        label={t('views')}
        className="mt-8"
        tabs={(['upcoming', 'past'] as const).map((when) => ({
          href: hrefOf(when),
          label: t(when),
          current: when === filters.when,
        }))}
      />
      <h2 className="mt-8 mb-4 text-xl font-bold tracking-tight text-slate-900">
        {heading}
        <span className="ml-2 text-base font-normal text-slate-700">({t('count', { count: list.total })})</span>
      </h2>
      <PagedList
        list={list}
        hrefFor={(page) => hrefOf(filters.when, page)}
        empty={filters.when === 'upcoming' ? t('emptyUpcoming') : t('emptyPast')}
      >
        {(items) => <EventTable events={items} caption={heading} />}
      </PagedList>
    </PageContainer>
  );
}
