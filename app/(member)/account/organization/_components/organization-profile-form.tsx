'use client';

// An organisation's public profile (/account/organization): every field declared in
// lib/directory/profile-fields.ts, each drawn by its kind's widget and followed by the choice of who
// sees it (everyone or members only).
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { CountryPicker } from '@/components/ui/country-picker';
import { Choice, ChoiceGroup, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { VisibilityChoice } from '@/components/ui/visibility-choice';
import { updateOrganizationProfileAction } from '@/lib/directory/actions';
import {
  organizationProfileSchema,
  profileFieldNames,
  profileFields,
  visibilityColumn,
  type ProfileFieldName,
} from '@/lib/directory/profile-fields';
import type { EditableOrganization, ProfileFormOptions } from '@/lib/directory/queries';

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export function OrganizationProfileForm({
  organization,
  choices,
}: {
  organization: EditableOrganization;
  choices: ProfileFormOptions;
}) {
  const t = useTranslations('organizationProfile');
  const { id, name, values: storedValues } = organization;
  const { form, formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: updateOrganizationProfileAction,
    schema: organizationProfileSchema,
    defaultValues: storedValues,
    namespace: 'organizationProfile',
    id: 'profile',
  });
  const chosenCountries = asList(useWatch({ control: form.control, name: 'countries' }));
  const storedCountries = asList(storedValues.countries);

  /** The widget of one field, by its kind. */
  const widget = (fieldName: ProfileFieldName): ReactNode => {
    const declared = profileFields[fieldName];
    const label = t(`fields.${fieldName}.label`);
    const hint = t(`fields.${fieldName}.hint`, { max: 'maxLength' in declared ? declared.maxLength : 0 });
    switch (declared.kind) {
      case 'text':
        return (
          <TextAreaField label={label} hint={hint} rows={8} maxLength={declared.maxLength} {...field(fieldName)} />
        );
      case 'url':
        return (
          <TextField type="url" inputMode="url" label={label} hint={hint} autoComplete="url" {...field(fieldName)} />
        );
      case 'email':
        return <TextField type="email" label={label} hint={hint} autoComplete="email" {...field(fieldName)} />;
      case 'themes':
        return (
          <ChoiceGroup id={`profile-${fieldName}`} legend={label} hint={hint} error={errorOf(fieldName)}>
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {choices.themes.map((theme) => (
                <li key={theme.slug}>
                  <Choice label={theme.label} {...choice(fieldName, theme.slug)} />
                </li>
              ))}
            </ul>
          </ChoiceGroup>
        );
      case 'countries':
        return (
          <CountryPicker
            id={`profile-${fieldName}`}
            legend={label}
            hint={hint}
            error={errorOf(fieldName)}
            regions={choices.regions}
            chosen={chosenCountries}
            stored={storedCountries}
            regionSummary={(region, count) => t('countryPicker.region', { region, count })}
            regionLegend={(region) => t('countryPicker.regionLegend', { region })}
            choiceOf={(code) => choice(fieldName, code)}
          />
        );
    }
  };

  return (
    <form {...formProps} aria-label={t('formLabel', { name })} className="flex flex-col gap-8">
      {summary}
      <input type="hidden" name="organizationId" value={id} />
      {profileFieldNames.map((fieldName) => (
        <div key={fieldName} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-5">
          {widget(fieldName)}
          <VisibilityChoice
            id={`profile-${fieldName}-visibility`}
            legend={t(`fields.${fieldName}.visibility`)}
            error={errorOf(visibilityColumn(fieldName))}
            labelOf={(visibility) => t(`visibility.${visibility}`)}
            choiceOf={(visibility) => choice(visibilityColumn(fieldName), visibility)}
          />
        </div>
      ))}
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('saving')} />
    </form>
  );
}
