import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LibraryFilters } from '@/components/library/library-filters';
import { PublicationCard } from '@/components/library/publication-card';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { listLibraryFacets, listPublications } from '@/lib/library/queries';
import { parseLibraryFilters, publicationKinds } from '@/lib/library/schemas';
import { listRegionOptions } from '@/lib/regions/queries';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';
import { languageName } from '@/lib/site/text';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('library');
  return { title: t('title') };
}

export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseLibraryFilters(await searchParams);
  const viewer = await getViewer();
  const [t, locale, result, regions, facets] = await Promise.all([
    getTranslations(),
    getLocale(),
    listPublications(viewer, filters),
    listRegionOptions(),
    listLibraryFacets(viewer),
  ]);
  const hrefFor = (page: number) => hrefWith('/library', { ...filters, page });

  return (
    <PageContainer>
      <PageHeader title={t('library.title')} intro={t('library.intro')} />
      <div className="mt-8">
        <LibraryFilters
          kinds={publicationKinds.map((kind) => ({ value: kind, label: t(`common.publicationKind.${kind}`) }))}
          regions={regions.map((region) => ({ value: region.slug, label: region.name }))}
          themes={facets.themes.map((theme) => ({ value: theme, label: theme }))}
          languages={facets.languages.map((language) => ({ value: language, label: languageName(language, locale) }))}
          selected={filters}
        />
      </div>
      <p className="mt-8 mb-4 text-slate-700">
        {result.total > 0 ? t('library.count', { count: result.total }) : null}
      </p>
      {result.items.length > 0 ? (
        <ul className="grid max-w-4xl gap-5">
          {result.items.map((publication) => (
            <li key={publication.slug}>
              <PublicationCard publication={publication} />
            </li>
          ))}
        </ul>
      ) : result.total > 0 ? (
        <EmptyState>
          {t('common.pagination.beyondEnd')} <TextLink href={hrefFor(1)}>{t('common.pagination.firstPage')}</TextLink>
        </EmptyState>
      ) : (
        <EmptyState>{t('library.empty')}</EmptyState>
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
