import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

/** The library's filters: words, kind, region, country, theme and language, as a GET form. */
export function LibraryFilters({
  kinds,
  regions,
  countries,
  themes,
  languages,
  selected,
}: {
  kinds: SelectOption[];
  regions: SelectOption[];
  countries: SelectOption[];
  themes: SelectOption[];
  languages: SelectOption[];
  selected: { q?: string; kind?: string; region?: string; country?: string; theme?: string; language?: string };
}) {
  const t = useTranslations();
  const any = t('common.filters.any');
  return (
    <FilterForm
      action="/library"
      title={t('library.filters.heading')}
      hasFilters={Boolean(
        selected.q || selected.kind || selected.region || selected.country || selected.theme || selected.language,
      )}
    >
      <TextField
        id="filter-q"
        name="q"
        type="search"
        label={t('library.filters.q')}
        defaultValue={selected.q ?? ''}
        maxLength={120}
        className="col-span-2"
      />
      <SelectField
        id="filter-kind"
        name="kind"
        label={t('library.filters.kind')}
        options={kinds}
        defaultValue={selected.kind}
        anyLabel={any}
      />
      <SelectField
        id="filter-region"
        name="region"
        label={t('common.filters.region')}
        options={regions}
        defaultValue={selected.region}
        anyLabel={any}
      />
      <SelectField
        id="filter-country"
        name="country"
        label={t('library.filters.country')}
        options={countries}
        defaultValue={selected.country}
        anyLabel={any}
      />
      <SelectField
        id="filter-theme"
        name="theme"
        label={t('common.filters.theme')}
        options={themes}
        defaultValue={selected.theme}
        anyLabel={any}
      />
      <SelectField
        id="filter-language"
        name="language"
        label={t('library.filters.language')}
        options={languages}
        defaultValue={selected.language}
        anyLabel={any}
      />
    </FilterForm>
  );
}
