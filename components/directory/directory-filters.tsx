import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';

/** The directory's filters: region, type and theme, as a GET form. */
export function DirectoryFilters({
  regions,
  types,
  themes,
  selected,
}: {
  regions: SelectOption[];
  types: SelectOption[];
  themes: SelectOption[];
  selected: { region?: string; type?: string; theme?: string };
}) {
  const t = useTranslations();
  const any = t('common.filters.any');
  return (
    <FilterForm
      action="/directory"
      title={t('directory.filters.heading')}
      hasFilters={Boolean(selected.region || selected.type || selected.theme)}
    >
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
        id="filter-theme"
        name="theme"
        label={t('common.filters.theme')}
        options={themes}
        defaultValue={selected.theme}
        anyLabel={any}
      />
    </FilterForm>
  );
}
