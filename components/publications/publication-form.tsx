'use client';

// A publication's content and tags, for staff (/manage/publications) and for members sharing a
// resource (/account/submissions): one form, new or existing (a hidden publicationId). The body is
// Markdown, shown sanitised; a shared resource may be a link instead of a text.
import { useTranslations } from 'next-intl';
import { useWatch, type DefaultValues } from 'react-hook-form';
import { CountryPicker } from '@/components/ui/country-picker';
import { Choice, ChoiceGroup, SelectInputField, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { VisibilityChoice } from '@/components/ui/visibility-choice';
import type { FormAnswer } from '@/lib/forms/action';
import { publicationKinds } from '@/lib/library/schemas';
import { createPublicationAction, updatePublicationAction } from '@/lib/publications/actions';
import type { PublicationFormOptions } from '@/lib/publications/queries';
import {
  bodyMaxLength,
  publicationSchema,
  sourceMaxLength,
  summaryMaxLength,
  titleMaxLength,
  type PublicationInput,
} from '@/lib/publications/schemas';

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function PublicationForm({
  publicationId,
  values,
  options,
  languages,
  initialState,
}: {
  /** The publication being edited; none for a new one. */
  publicationId?: string;
  /** What is stored (a new publication: emptyPublication, with no kind chosen yet). */
  values: DefaultValues<PublicationInput>;
  options: PublicationFormOptions;
  /** The languages offered, with their names in the reader's language. */
  languages: { value: string; label: string }[];
  initialState?: FormAnswer;
}) {
  const t = useTranslations('publications.form');
  const tc = useTranslations('common');
  const { form, formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: publicationId ? updatePublicationAction : createPublicationAction,
    schema: publicationSchema,
    defaultValues: values,
    namespace: 'publications',
    id: 'publication',
    initialState,
  });
  const chosenCountries = asList(useWatch({ control: form.control, name: 'countries' }));

  return (
    <form {...formProps} aria-label={t(publicationId ? 'editLabel' : 'newLabel')} className="flex flex-col gap-6">
      {summary}
      {publicationId ? <input type="hidden" name="publicationId" value={publicationId} /> : null}
      <TextField label={t('title')} maxLength={titleMaxLength} {...field('title')} />
      <SelectInputField
        label={t('kind')}
        placeholder={t('kindPlaceholder')}
        options={publicationKinds.map((kind) => ({ value: kind, label: tc(`publicationKind.${kind}`) }))}
        {...field('kind')}
      />
      <TextAreaField
        label={t('summary')}
        hint={t('summaryHint')}
        rows={3}
        maxLength={summaryMaxLength}
        {...field('summary')}
      />
      <TextAreaField label={t('body')} hint={t('bodyHint')} rows={14} maxLength={bodyMaxLength} {...field('body')} />
      <TextField type="url" inputMode="url" label={t('linkUrl')} hint={t('linkUrlHint')} {...field('linkUrl')} />
      <TextAreaField label={t('authors')} hint={t('authorsHint')} rows={3} {...field('authors')} />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField label={t('source')} hint={t('sourceHint')} maxLength={sourceMaxLength} {...field('source')} />
        <TextField type="url" inputMode="url" label={t('sourceUrl')} {...field('sourceUrl')} />
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField type="date" label={t('publishedAt')} hint={t('publishedAtHint')} {...field('publishedAt')} />
        <SelectInputField
          label={t('language')}
          placeholder={t('languagePlaceholder')}
          options={languages}
          {...field('language')}
        />
      </div>
      <ChoiceGroup id="publication-regions" legend={t('regions')} hint={t('regionsHint')} error={errorOf('regions')}>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {options.regions.map((region) => (
            <li key={region.slug}>
              <Choice label={region.name} {...choice('regions', region.slug)} />
            </li>
          ))}
        </ul>
      </ChoiceGroup>
      <CountryPicker
        id="publication-countries"
        legend={t('countries')}
        hint={t('countriesHint')}
        error={errorOf('countries')}
        regions={options.regions}
        chosen={chosenCountries}
        stored={asList(values.countries)}
        regionSummary={(region, count) => t('countryPicker.region', { region, count })}
        regionLegend={(region) => t('countryPicker.regionLegend', { region })}
        choiceOf={(code) => choice('countries', code)}
      />
      <ChoiceGroup id="publication-themes" legend={t('themes')} hint={t('themesHint')} error={errorOf('themes')}>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {options.themes.map((theme) => (
            <li key={theme.slug}>
              <Choice label={theme.label} {...choice('themes', theme.slug)} />
            </li>
          ))}
        </ul>
      </ChoiceGroup>
      <VisibilityChoice
        id="publication-visibility"
        legend={t('visibility')}
        error={errorOf('visibility')}
        labelOf={(visibility) => tc(`visibility.${visibility}`)}
        choiceOf={(visibility) => choice('visibility', visibility)}
      />
      <TextField
        type="datetime-local"
        label={t('embargoUntil')}
        hint={t('embargoUntilHint')}
        {...field('embargoUntil')}
      />
      <SubmitButton pending={pending} label={t(publicationId ? 'save' : 'create')} pendingLabel={t('saving')} />
    </form>
  );
}
