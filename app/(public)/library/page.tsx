import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LibraryFilters } from '@/components/library/library-filters';
import { PublicationCard } from '@/components/library/publication-card';
import { PageContainer } from '@/components/site/site-shell';
import { FeedLinks } from '@/components/ui/feed-links';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { FormAlert } from '@/components/ui/form-alert';
import { getViewer } from '@/lib/auth/viewer';
import { wordsForRequest } from '@/lib/search/queries';
import { feedAlternates, feedLinksOf } from '@/lib/feeds/paths';
import { listLibraryFacets, listPublications } from '@/lib/library/queries';
import { parseLibraryFilters, publicationKinds } from '@/lib/library/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';
import { languageName } from '@/lib/site/text';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const [t, params] = await Promise.all([getTranslations('library'), searchParams]);
  return { title: t('title'), alternates: feedAlternates(feedLinksOf('library', params), t('title')) };
}

export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const requested = parseLibraryFilters(params);
  const [viewer, { filters, retryAfterSeconds }] = await Promise.all([getViewer(), wordsForRequest(requested)]);
  const [t, locale, result, facets] = await Promise.all([
    getTranslations(),
    getLocale(),
    listPublications(viewer, filters),
    listLibraryFacets(viewer, filters),
  ]);
  const hrefFor = (page: number) => hrefWith('/library', { ...requested, page });
  /**
   * "Kenya (12)": how many readable publications each choice holds within the other choices; "12+"
   * when very common words were counted in a sample of their newest matches.
   */
  const atLeast = String(Boolean(result.atLeast));
  const withCount = (label: string, count: number) => t('library.filters.withCount', { label, count, atLeast });

  return (
    <PageContainer>
      <PageHeader title={t('library.title')} intro={t('library.intro')} />
      <div className="mt-8">
        <LibraryFilters
          kinds={publicationKinds.map((kind) => ({
            value: kind,
            label: withCount(t(`common.publicationKind.${kind}`), facets.kinds[kind] ?? 0),
          }))}
          regions={facets.regions.map((region) => ({
            value: region.value,
            label: withCount(region.label, region.count),
          }))}
          countries={facets.countries.map((country) => ({
            value: country.value,
            label: withCount(country.label, country.count),
          }))}
          themes={facets.themes.map((theme) => ({ value: theme.value, label: withCount(theme.label, theme.count) }))}
          languages={facets.languages.map((language) => ({
            value: language.value,
            label: withCount(languageName(language.value, locale), language.count),
          }))}
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
          {result.total > 0 ? t('library.count', { count: result.total, atLeast }) : null}
        </p>
        <FeedLinks links={feedLinksOf('library', params)} />
      </div>
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
