import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

/** The directory's filters: words, region, type, country, theme and order, as a GET form. */
export function DirectoryFilters({
  regions,
  countries,
  types,
  themes,
  selected,
}: {
  regions: SelectOption[];
  countries: SelectOption[];
  types: SelectOption[];
  themes: SelectOption[];
  selected: { q?: string; region?: string; country?: string; type?: string; theme?: string; sort?: string };
}) {
  const t = useTranslations();
  const any = t('common.filters.any');
  return (
    <FilterForm
      action="/directory"
      title={t('directory.filters.heading')}
      hasFilters={Boolean(
        selected.q || selected.region || selected.country || selected.type || selected.theme || selected.sort,
      )}
    >
      <TextField
        id="filter-q"
        name="q"
        type="search"
        label={t('directory.filters.q')}
        defaultValue={selected.q ?? ''}
        maxLength={120}
        className="col-span-2"
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
        id="filter-type"
        name="type"
        label={t('directory.filters.type')}
        options={types}
        defaultValue={selected.type}
        anyLabel={any}
      />
      <SelectField
        id="filter-country"
        name="country"
        label={t('directory.filters.country')}
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
      {/* With words the list is ranked by how well each matches; the order applies without them. */}
      <SelectField
        id="filter-sort"
        name="sort"
        label={t('directory.filters.sort')}
        options={[{ value: 'newest', label: t('directory.filters.sortNewest') }]}
        defaultValue={selected.sort}
        anyLabel={selected.q ? t('directory.filters.sortRelevance') : t('directory.filters.sortName')}
      />
    </FilterForm>
  );
}
