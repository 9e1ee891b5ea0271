import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DirectoryFilters } from '@/components/directory/directory-filters';
import { OrganizationCard } from '@/components/directory/organization-card';
import { PageContainer } from '@/components/site/site-shell';
import { FeedLinks } from '@/components/ui/feed-links';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { FormAlert } from '@/components/ui/form-alert';
import { getViewer } from '@/lib/auth/viewer';
import { wordsForRequest } from '@/lib/search/queries';
import { feedAlternates, feedLinksOf } from '@/lib/feeds/paths';
import { listDirectoryFacets, listOrganizations } from '@/lib/directory/queries';
import { organizationTypes, parseDirectoryFilters } from '@/lib/directory/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const [t, params] = await Promise.all([getTranslations(), searchParams]);
  return {
    title: t('directory.metaTitle'),
    alternates: feedAlternates(feedLinksOf('directory', params), t('directory.feedTitle')),
  };
}

export default async function DirectoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const requested = parseDirectoryFilters(params);
  const [viewer, { filters, retryAfterSeconds }] = await Promise.all([getViewer(), wordsForRequest(requested)]);
  const [t, result, facets] = await Promise.all([
    getTranslations(),
    listOrganizations(viewer, filters),
    listDirectoryFacets(viewer, filters),
  ]);
  const hrefFor = (page: number) => hrefWith('/directory', { ...requested, page });
  /** "Kenya (12)": how many organisations each choice holds within the other choices ("12+": sampled). */
  const atLeast = String(Boolean(result.atLeast));
  const withCount = (option: { value: string; label: string; count: number }) => ({
    value: option.value,
    label: t('directory.filters.withCount', { label: option.label, count: option.count, atLeast }),
  });

  return (
    <PageContainer>
      <PageHeader title={t('directory.title')} intro={t('directory.intro')} />
      <div className="mt-8">
        <DirectoryFilters
          regions={facets.regions.map(withCount)}
          countries={facets.countries.map(withCount)}
          types={organizationTypes.map((type) =>
            withCount({ value: type, label: t(`common.organizationType.${type}`), count: facets.types[type] ?? 0 }),
          )}
          themes={facets.themes.map(withCount)}
          selected={requested}
        />
      </div>
      {retryAfterSeconds > 0 ? (
        <div className="mt-8">
          <FormAlert tone="error">{t('search.limitedList', { seconds: retryAfterSeconds })}</FormAlert>
        </div>
      ) : null}
      <div className="mt-8 mb-4 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <p className="text-slate-700">
          {result.total > 0 ? t('directory.count', { count: result.total, atLeast }) : null}
        </p>
        <FeedLinks links={feedLinksOf('directory', params)} label={t('directory.followNew')} />
      </div>
      <PagedList list={result} hrefFor={hrefFor} empty={t('directory.empty')}>
        {(items) => (
          <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((organization) => (
              <li key={organization.slug}>
                <OrganizationCard organization={organization} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </PageContainer>
  );
}
