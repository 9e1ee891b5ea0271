import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';

/** The events list's filter: the region, as a GET form. */
export function EventFilters({ regions, selected }: { regions: SelectOption[]; selected: { region?: string } }) {
  const t = useTranslations();
  return (
    <FilterForm action="/events" title={t('events.filters.heading')} hasFilters={Boolean(selected.region)}>
      <SelectField
        id="filter-region"
        name="region"
        label={t('common.filters.region')}
        options={regions}
        defaultValue={selected.region}
        anyLabel={t('common.filters.any')}
      />
    </FilterForm>
  );
}
