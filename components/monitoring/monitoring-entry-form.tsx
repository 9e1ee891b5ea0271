'use client';

// A monitoring entry, for staff (/manage/monitoring): one form, new or existing (a hidden entryId).
import { useTranslations } from 'next-intl';
import type { DefaultValues } from 'react-hook-form';
import { ChoiceGroup, Choice, SelectInputField, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { VisibilityChoice } from '@/components/ui/visibility-choice';
import { createMonitoringEntryAction, updateMonitoringEntryAction } from '@/lib/monitoring/actions';
import {
  monitoringEntrySchema,
  monitoringLevels,
  summaryMaxLength,
  type MonitoringEntryInput,
} from '@/lib/monitoring/schemas';

export function MonitoringEntryForm({
  entryId,
  values,
  countries,
}: {
  /** The entry being edited; none for a new one. */
  entryId?: string;
  values: DefaultValues<MonitoringEntryInput>;
  /** The countries the viewer may write about. */
  countries: { value: string; label: string }[];
}) {
  const t = useTranslations('monitoring');
  const tc = useTranslations('common');
  const { formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: entryId ? updateMonitoringEntryAction : createMonitoringEntryAction,
    schema: monitoringEntrySchema,
    defaultValues: values,
    namespace: 'monitoring',
    id: 'monitoring',
  });

  return (
    <form {...formProps} aria-label={t(entryId ? 'form.editLabel' : 'form.newLabel')} className="flex flex-col gap-6">
      {summary}
      {entryId ? <input type="hidden" name="entryId" value={entryId} /> : null}
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectInputField
          label={t('form.country')}
          placeholder={t('form.countryPlaceholder')}
          options={countries}
          {...field('country')}
        />
        <TextField type="date" label={t('form.observedOn')} hint={t('form.observedOnHint')} {...field('observedOn')} />
      </div>
      <ChoiceGroup
        id="monitoring-level"
        legend={t('form.level')}
        error={errorOf('level')}
        className="flex-row flex-wrap gap-x-6"
      >
        {monitoringLevels.map((level) => (
          <Choice key={level} type="radio" label={t(`level.${level}`)} {...choice('level', level)} />
        ))}
      </ChoiceGroup>
      <TextAreaField
        label={t('form.summary')}
        hint={t('form.summaryHint')}
        rows={5}
        maxLength={summaryMaxLength}
        {...field('summary')}
      />
      <TextAreaField label={t('form.sources')} hint={t('form.sourcesHint')} rows={3} {...field('sources')} />
      <TextAreaField
        label={t('form.publications')}
        hint={t('form.publicationsHint')}
        rows={3}
        {...field('publications')}
      />
      <TextAreaField label={t('form.campaigns')} hint={t('form.campaignsHint')} rows={2} {...field('campaigns')} />
      <VisibilityChoice
        id="monitoring-visibility"
        legend={t('form.visibility')}
        error={errorOf('visibility')}
        labelOf={(visibility) => tc(`visibility.${visibility}`)}
        choiceOf={(visibility) => choice('visibility', visibility)}
      />
      <SubmitButton
        pending={pending}
        label={t(entryId ? 'form.save' : 'form.create')}
        pendingLabel={t('form.saving')}
      />
    </form>
  );
}
