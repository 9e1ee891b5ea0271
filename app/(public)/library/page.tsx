import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LibraryFilters } from '@/components/library/library-filters';
import { PublicationCard } from '@/components/library/publication-card';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
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
          themes={facets.themes.map((theme) => ({ value: theme.slug, label: theme.label }))}
          languages={facets.languages.map((language) => ({ value: language, label: languageName(language, locale) }))}
          selected={filters}
        />
      </div>
      <p className="mt-8 mb-4 text-slate-700">
        {result.total > 0 ? t('library.count', { count: result.total }) : null}
      </p>
      <PagedList list={result} hrefFor={hrefFor} empty={t('library.empty')}>
        {(items) => (
          <ul className="grid max-w-4xl gap-5">
            {items.map((publication) => (
              <li key={publication.slug}>
                <PublicationCard publication={publication} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </PageContainer>
  );
}
