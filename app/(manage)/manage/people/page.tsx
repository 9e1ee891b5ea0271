import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PeopleFilters } from '@/components/people/people-filters';
import { PeopleTable } from '@/components/people/people-table';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listPeople } from '@/lib/people/queries';
import { memberStatuses, parsePeopleFilters, roles } from '@/lib/people/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('people');
  return { title: t('metaTitle') };
}

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission('/manage/people', 'member:list', {});
  const filters = parsePeopleFilters(await searchParams);
  const [t, result] = await Promise.all([getTranslations(), listPeople(viewer, filters)]);
  const people = dataOrRefusalPage(result, '/manage/people');
  const hrefFor = (page: number) => hrefWith('/manage/people', { ...filters, page });

  return (
    <PageContainer>
      <PageHeader title={t('people.title')} intro={t('people.intro')} />
      <div className="mt-8">
        <PeopleFilters
          roles={roles.map((role) => ({ value: role, label: t(`people.roles.${role}`) }))}
          statuses={memberStatuses.map((status) => ({ value: status, label: t(`people.statuses.${status}`) }))}
          selected={filters}
        />
      </div>
      <p className="mt-8 mb-4 text-slate-700">{people.total > 0 ? t('people.count', { count: people.total }) : null}</p>
      <PagedList list={people} hrefFor={hrefFor} empty={t('people.empty')}>
        {(items) => <PeopleTable people={items} />}
      </PagedList>
    </PageContainer>
  );
}
