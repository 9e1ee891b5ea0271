import { useTranslations } from 'next-intl';
import { FilterForm } from '@/components/ui/filter-form';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

/** The audit log's filters: action, record type, actor's email and a span of days, as a GET form. */
export function AuditFilters({
  actions,
  subjectTypes,
  selected,
}: {
  actions: SelectOption[];
  subjectTypes: SelectOption[];
  selected: { action?: string; subjectType?: string; subjectId?: string; actor?: string; from?: string; to?: string };
}) {
  const t = useTranslations();
  const any = t('common.filters.any');
  return (
    <FilterForm
      action="/manage/audit"
      title={t('audit.filters.heading')}
      hasFilters={Boolean(
        selected.action || selected.subjectType || selected.subjectId || selected.actor || selected.from || selected.to,
      )}
    >
      <SelectField
        id="filter-action"
        name="action"
        label={t('audit.filters.action')}
        options={actions}
        defaultValue={selected.action}
        anyLabel={any}
      />
      <SelectField
        id="filter-subject-type"
        name="subjectType"
        label={t('audit.filters.subjectType')}
        options={subjectTypes}
        defaultValue={selected.subjectType}
        anyLabel={any}
      />
      <TextField
        id="filter-actor"
        name="actor"
        type="search"
        label={t('audit.filters.actor')}
        defaultValue={selected.actor ?? ''}
        maxLength={120}
        className="col-span-2"
      />
      <TextField
        id="filter-from"
        name="from"
        type="date"
        label={t('audit.filters.from')}
        defaultValue={selected.from ?? ''}
      />
      <TextField id="filter-to" name="to" type="date" label={t('audit.filters.to')} defaultValue={selected.to ?? ''} />
      {selected.subjectId ? (
        <p className="col-span-2 self-end text-sm text-slate-700">
          <input type="hidden" name="subjectId" value={selected.subjectId} />
          {t('audit.filters.subjectId', { id: selected.subjectId })}
        </p>
      ) : null}
    </FilterForm>
  );
}
