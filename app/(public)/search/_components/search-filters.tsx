import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { hrefWith } from '@/lib/site/search-params';
import type { SearchFilters as Filters, SearchKind } from '@/lib/search/schemas';

/** The search's facets as a GET form that keeps the words and the kind shown. */
export function SearchFilters({
  q,
  kind,
  selected,
  regions,
  countries,
  themes,
  languages,
  years,
}: {
  q: string;
  kind: SearchKind | undefined;
  selected: Pick<Filters, 'region' | 'country' | 'theme' | 'language' | 'year'>;
  regions: SelectOption[];
  countries: SelectOption[];
  themes: SelectOption[];
  languages: SelectOption[];
  years: SelectOption[];
}) {
  const t = useTranslations();
  const any = t('common.filters.any');
  const { region, country, theme, language, year } = selected;
  return (
    <FilterForm
      action="/search"
      title={t('search.filters.heading')}
      hasFilters={Boolean(region || country || theme || language || year)}
      clearHref={hrefWith('/search', { q, kind })}
    >
      <input type="hidden" name="q" value={q} />
      {kind ? <input type="hidden" name="kind" value={kind} /> : null}
      <SelectField
        id="filter-region"
        name="region"
        label={t('common.filters.region')}
        options={regions}
        defaultValue={region}
        anyLabel={any}
      />
      <SelectField
        id="filter-country"
        name="country"
        label={t('search.filters.country')}
        options={countries}
        defaultValue={country}
        anyLabel={any}
      />
      <SelectField
        id="filter-theme"
        name="theme"
        label={t('common.filters.theme')}
        options={themes}
        defaultValue={theme}
        anyLabel={any}
      />
      <SelectField
        id="filter-language"
        name="language"
        label={t('search.filters.language')}
        options={languages}
        defaultValue={language}
        anyLabel={any}
      />
      <SelectField
        id="filter-year"
        name="year"
        label={t('search.filters.year')}
        options={years}
        defaultValue={year?.toString()}
        anyLabel={any}
      />
    </FilterForm>
  );
}
