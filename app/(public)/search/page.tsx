import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SearchBox } from '@/components/search/search-box';
import { PageContainer } from '@/components/site/site-shell';
import { FormAlert } from '@/components/ui/form-alert';
import { FeedLinks } from '@/components/ui/feed-links';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/auth/viewer';
import { feedAlternates, feedLinksOf } from '@/lib/feeds/paths';
import { searchForRequest } from '@/lib/search/queries';
import { parseSearchFilters } from '@/lib/search/schemas';
import type { SearchParams } from '@/lib/site/search-params';
import { languageName } from '@/lib/site/text';
import { SearchFilters } from './_components/search-filters';
import { SearchResultsList, SearchTips } from './_components/search-results';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const params = await searchParams;
  const { q } = parseSearchFilters(params);
  const t = await getTranslations('search');
  if (!q) return { title: t('metaTitle') };
  // A results page is one of endless variations: not for search engines' indexes.
  const title = t('resultsTitle', { q });
  return { title, robots: { index: false }, alternates: feedAlternates(feedLinksOf('search', params), title) };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = parseSearchFilters(params);
  const viewer = await getViewer();
  const [t, locale, answer] = await Promise.all([getTranslations(), getLocale(), searchForRequest(viewer, filters)]);
  /** "Kenya (12)", or "Kenya (12+)" when counted in a full sample of a very common word's matches. */
  const withCount = (label: string, value: { count: number; atLeast: boolean }) =>
    t('search.filters.withCount', { label, count: value.count, atLeast: String(value.atLeast) });
  const results = answer.ok ? answer.data : null;

  return (
    <PageContainer>
      <PageHeader title={t('search.title')} intro={t('search.intro')}>
        <div className="mt-6 max-w-2xl">
          <SearchBox defaultValue={filters.q} id="page-search" label={t('search.field')} />
        </div>
      </PageHeader>
      {!answer.ok ? (
        <div className="mt-8">
          <FormAlert tone="error">{t('search.limited', { seconds: answer.retryAfterSeconds })}</FormAlert>
        </div>
      ) : null}
      {results && filters.q ? (
        <>
          <div className="mt-8">
            <SearchFilters
              q={filters.q}
              kind={filters.kind}
              selected={filters}
              regions={results.facets.regions.map((value) => ({
                value: value.value,
                label: withCount(value.label, value),
              }))}
              countries={results.facets.countries.map((value) => ({
                value: value.value,
                label: withCount(value.label, value),
              }))}
              themes={results.facets.themes.map((value) => ({
                value: value.value,
                label: withCount(value.label, value),
              }))}
              languages={results.facets.languages.map((value) => ({
                value: value.value,
                label: withCount(languageName(value.value, locale), value),
              }))}
              years={results.facets.years.map((value) => ({
                value: value.value,
                label: withCount(value.value, value),
              }))}
            />
          </div>
          <SearchResultsList results={results} filters={filters} q={filters.q} />
          <FeedLinks className="mt-8" links={feedLinksOf('search', params)} label={t('search.followNew')} />
        </>
      ) : null}
      {!filters.q ? <SearchTips /> : null}
    </PageContainer>
  );
}
