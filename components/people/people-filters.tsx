import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

/** Search by name or email, and filter by role and status, as a GET form. */
export function PeopleFilters({
  roles,
  statuses,
  selected,
}: {
  roles: SelectOption[];
  statuses: SelectOption[];
  selected: { q?: string; role?: string; status?: string };
}) {
  const t = useTranslations();
  const any = t('common.filters.any');
  return (
    <FilterForm
      action="/manage/people"
      title={t('people.filters.heading')}
      hasFilters={Boolean(selected.q || selected.role || selected.status)}
    >
      <TextField
        id="filter-q"
        name="q"
        type="search"
        label={t('people.filters.q')}
        defaultValue={selected.q ?? ''}
        maxLength={120}
        className="col-span-2"
      />
      <SelectField
        id="filter-role"
        name="role"
        label={t('people.filters.role')}
        options={roles}
        defaultValue={selected.role}
        anyLabel={any}
      />
      <SelectField
        id="filter-status"
        name="status"
        label={t('people.filters.status')}
        options={statuses}
        defaultValue={selected.status}
        anyLabel={any}
      />
    </FilterForm>
  );
}
