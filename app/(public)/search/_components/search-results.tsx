import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { SearchSnippet } from '@/components/search/search-snippet';
import { Badge } from '@/components/ui/badge';
import { FilterTabs } from '@/components/ui/filter-tabs';
import { PagedList } from '@/components/ui/paged-list';
import { TextLink } from '@/components/ui/text-link';
import { searchPageSize, type SearchHit, type SearchResults } from '@/lib/search/queries';
import { rankedCandidateLimit, searchKindPaths, searchKinds, type SearchFilters } from '@/lib/search/schemas';
import { rankedPage } from '@/lib/site/pagination';
import { hrefWith } from '@/lib/site/search-params';
import { isOtherLanguage } from '@/lib/site/text';

/** The search's address with these filters, on page 1 unless told. */
function searchHref(filters: SearchFilters, changes: Partial<SearchFilters>): string {
  const chosen: SearchFilters = { ...filters, page: 1, ...changes };
  return hrefWith('/search', {
    q: chosen.q,
    kind: chosen.kind,
    region: chosen.region,
    country: chosen.country,
    theme: chosen.theme,
    language: chosen.language,
    year: chosen.year,
    page: chosen.page,
  });
}

function HitDetail({ hit }: { hit: SearchHit }) {
  const t = useTranslations();
  switch (hit.kind) {
    case 'organization':
      return t(`common.organizationType.${hit.detail as 'NGO'}`);
    case 'publication':
      return t(`common.publicationKind.${hit.detail as 'REPORT'}`);
    case 'campaign':
      return t(`common.campaignStatus.${hit.detail as 'ACTIVE'}`);
    case 'event':
      return t(`events.status.${hit.detail as 'SCHEDULED'}`);
  }
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  const format = useFormatter();
  const locale = useLocale();
  const lang = hit.language && isOtherLanguage(hit.language, locale) ? hit.language : undefined;
  return (
    <article className="border-b border-slate-200 py-4">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone="brand">
          <HitDetail hit={hit} />
        </Badge>
        <time dateTime={hit.date.toISOString()}>{format.dateTime(hit.date, { dateStyle: 'medium' })}</time>
      </div>
      <h3 className="mt-2 text-lg leading-snug font-semibold" lang={lang}>
        <Link
          href={`${searchKindPaths[hit.kind]}/${hit.slug}`}
          className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
        >
          {hit.title}
        </Link>
      </h3>
      <SearchSnippet snippet={hit.snippet} lang={lang} />
    </article>
  );
}

function HitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="max-w-4xl">
      {hits.map((hit) => (
        <li key={`${hit.kind}:${hit.slug}`}>
          <SearchHitItem hit={hit} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The results: tabs for each kind with its count, then either the best few of every kind (each
 * with a link to all of them) or one kind's pages.
 */
export function SearchResultsList({
  results,
  filters,
  q,
}: {
  results: SearchResults;
  filters: SearchFilters;
  q: string;
}) {
  const t = useTranslations('search');
  const counts = searchKinds.map((kind) => results.facets.kinds[kind]);
  const everything = {
    count: counts.reduce((sum, each) => sum + each.count, 0),
    atLeast: String(counts.some((each) => each.atLeast)),
  };
  const tabs = [
    { href: searchHref(filters, { kind: undefined }), label: t('kinds.all', everything), current: !filters.kind },
    ...searchKinds.map((kind) => ({
      href: searchHref(filters, { kind }),
      label: t(`kinds.${kind}`, { ...results.facets.kinds[kind], atLeast: String(results.facets.kinds[kind].atLeast) }),
      current: filters.kind === kind,
    })),
  ];
  const chosen = filters.kind ? results.groups[0] : undefined;
  const shownCount = chosen ? { count: chosen.total, atLeast: String(chosen.atLeast) } : everything;
  return (
    <div className="mt-8">
      <FilterTabs label={t('kinds.label')} tabs={tabs} />
      <p className="mt-6 text-slate-700" role="status">
        {t('count', { ...shownCount, q })}
      </p>
      {chosen ? (
        <div className="mt-4">
          {chosen.atLeast ? (
            <p className="mb-4 text-sm text-slate-700">{t('capped', { limit: rankedCandidateLimit })}</p>
          ) : null}
          <PagedList
            list={rankedPage(
              chosen.hits,
              { count: chosen.total, atLeast: chosen.atLeast },
              results.page,
              searchPageSize,
            )}
            hrefFor={(page) => searchHref(filters, { page })}
            empty={t('empty', { q })}
          >
            {(hits) => <HitList hits={hits} />}
          </PagedList>
        </div>
      ) : results.groups.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">{t('empty', { q })}</p>
      ) : (
        results.groups.map((group) => (
          <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="mt-8">
            <h2 id={`results-${group.kind}`} className="text-xl font-semibold text-slate-900">
              {t(`groups.${group.kind}`)}
            </h2>
            <HitList hits={group.hits} />
            {group.total > group.hits.length ? (
              <p className="mt-3">
                <TextLink href={searchHref(filters, { kind: group.kind })}>
                  {t(`seeAll.${group.kind}`, { count: group.total, atLeast: String(group.atLeast) })}
                </TextLink>
              </p>
            ) : null}
          </section>
        ))
      )}
    </div>
  );
}

/** What the page says before anything is searched: how to write a search. */
export function SearchTips() {
  const t = useTranslations('search.tips');
  return (
    <section aria-labelledby="search-tips" className="mt-8 max-w-prose">
      <h2 id="search-tips" className="text-xl font-semibold text-slate-900">
        {t('heading')}
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-slate-700">
        <li>{t('phrase')}</li>
        <li>{t('exclude')}</li>
        <li>{t('either')}</li>
        <li>{t('languages')}</li>
      </ul>
    </section>
  );
}
