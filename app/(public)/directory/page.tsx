import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DirectoryFilters } from '@/components/directory/directory-filters';
import { OrganizationCard } from '@/components/directory/organization-card';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { listOrganizations, listOrganizationThemes } from '@/lib/directory/queries';
import { organizationTypes, parseDirectoryFilters } from '@/lib/directory/schemas';
import { listRegionOptions } from '@/lib/regions/queries';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('directory');
  return { title: t('metaTitle') };
}

export default async function DirectoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseDirectoryFilters(await searchParams);
  const viewer = await getViewer();
  const [t, result, regions, themes] = await Promise.all([
    getTranslations(),
    listOrganizations(viewer, filters),
    listRegionOptions(),
    listOrganizationThemes(viewer),
  ]);
  const hrefFor = (page: number) => hrefWith('/directory', { ...filters, page });

  return (
    <PageContainer>
      <PageHeader title={t('directory.title')} intro={t('directory.intro')} />
      <div className="mt-8">
        <DirectoryFilters
          regions={regions.map((region) => ({ value: region.slug, label: region.name }))}
          types={organizationTypes.map((type) => ({ value: type, label: t(`common.organizationType.${type}`) }))}
          themes={themes.map((theme) => ({ value: theme, label: theme }))}
          selected={filters}
        />
      </div>
      <p className="mt-8 mb-4 text-slate-700">
        {result.total > 0 ? t('directory.count', { count: result.total }) : null}
      </p>
      {result.items.length > 0 ? (
        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((organization) => (
            <li key={organization.slug}>
              <OrganizationCard organization={organization} />
            </li>
          ))}
        </ul>
      ) : result.total > 0 ? (
        <EmptyState>
          {t('common.pagination.beyondEnd')} <TextLink href={hrefFor(1)}>{t('common.pagination.firstPage')}</TextLink>
        </EmptyState>
      ) : (
        <EmptyState>{t('directory.empty')}</EmptyState>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        previousHref={result.page > 1 ? hrefFor(Math.min(result.page - 1, result.pageCount)) : null}
        nextHref={result.page < result.pageCount ? hrefFor(result.page + 1) : null}
      />
    </PageContainer>
  );
}
