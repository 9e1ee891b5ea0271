'use client';

// An organisation's public profile (/account/organization): description, website, contact email,
// themes and countries of work, each with the choice of who sees it (everyone or members only).
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { Choice, ChoiceGroup, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { updateOrganizationProfileAction } from '@/lib/directory/actions';
import type { EditableOrganization, ProfileFormOptions } from '@/lib/directory/queries';
import {
  descriptionMaxLength,
  fieldVisibilities,
  organizationProfileSchema,
  visibilityFieldName,
  type OrganizationProfileInput,
  type ProfileField,
} from '@/lib/directory/schemas';

/** What is stored, as the form's values. */
function storedValues(organization: EditableOrganization): OrganizationProfileInput {
  const visibility = (field: ProfileField) => (organization.membersOnlyFields.includes(field) ? 'members' : 'everyone');
  return {
    description: organization.description,
    website: organization.website ?? '',
    contactEmail: organization.contactEmail ?? '',
    themes: organization.themes,
    otherThemes: '',
    countries: organization.countryCodes,
    descriptionVisibility: visibility('description'),
    websiteVisibility: visibility('website'),
    contactEmailVisibility: visibility('contactEmail'),
    themesVisibility: visibility('themes'),
    countriesVisibility: visibility('countries'),
  };
}

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
  const { form, formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: updateOrganizationProfileAction,
    schema: organizationProfileSchema,
    defaultValues: storedValues(organization),
    namespace: 'organizationProfile',
    id: 'profile',
  });
  const chosenCountries = asList(useWatch({ control: form.control, name: 'countries' }));
  const storedCountries = organization.countryCodes;
  // Themes in use, plus any this organisation has that no visible organisation shares.
  const themeChoices = [...new Set([...choices.themes, ...organization.themes])].sort((a, b) => a.localeCompare(b));

  const visibilityChoice = (name: ProfileField) => (
    <ChoiceGroup
      id={`profile-${name}-visibility`}
      legend={t(`visibility.legend.${name}`)}
      className="flex-row flex-wrap gap-x-6"
    >
      {fieldVisibilities.map((visibility) => (
        <Choice
          key={visibility}
          type="radio"
          label={t(`visibility.${visibility}`)}
          {...choice(visibilityFieldName(name), visibility)}
        />
      ))}
    </ChoiceGroup>
  );

  return (
    <form {...formProps} aria-label={t('formLabel', { name: organization.name })} className="flex flex-col gap-8">
      {summary}
      <input type="hidden" name="organizationId" value={organization.id} />

      <ProfilePart>
        <TextAreaField
          label={t('description.label')}
          hint={t('description.hint', { max: descriptionMaxLength })}
          rows={8}
          maxLength={descriptionMaxLength}
          {...field('description')}
        />
        {visibilityChoice('description')}
      </ProfilePart>

      <ProfilePart>
        <TextField
          type="url"
          inputMode="url"
          label={t('website.label')}
          hint={t('website.hint')}
          autoComplete="url"
          {...field('website')}
        />
        {visibilityChoice('website')}
      </ProfilePart>

      <ProfilePart>
        <TextField
          type="email"
          label={t('contactEmail.label')}
          hint={t('contactEmail.hint')}
          autoComplete="email"
          {...field('contactEmail')}
        />
        {visibilityChoice('contactEmail')}
      </ProfilePart>

      <ProfilePart>
        <ChoiceGroup id="profile-themes" legend={t('themes.label')} hint={t('themes.hint')} error={errorOf('themes')}>
          {themeChoices.length > 0 ? (
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {themeChoices.map((theme) => (
                <li key={theme}>
                  <Choice label={theme} {...choice('themes', theme)} />
                </li>
              ))}
            </ul>
          ) : null}
          <TextAreaField
            label={t('themes.otherLabel')}
            hint={t('themes.otherHint')}
            rows={3}
            {...field('otherThemes')}
          />
        </ChoiceGroup>
        {visibilityChoice('themes')}
      </ProfilePart>

      <ProfilePart>
        <ChoiceGroup
          id="profile-countries"
          legend={t('countries.label')}
          hint={t('countries.hint')}
          error={errorOf('countries')}
        >
          {choices.regions.map((region) => {
            const chosen = region.countries.filter((country) => chosenCountries.includes(country.code));
            return (
              <details
                key={region.slug}
                open={region.countries.some((country) => storedCountries.includes(country.code))}
                className="rounded-md border border-slate-300 bg-white"
              >
                <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold text-slate-900">
                  {t('countries.region', { region: region.name, count: chosen.length })}
                </summary>
                <fieldset className="border-t border-slate-200 px-4 py-3">
                  <legend className="sr-only">{t('countries.regionLegend', { region: region.name })}</legend>
                  <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                    {region.countries.map((country) => (
                      <li key={country.code}>
                        <Choice label={country.name} {...choice('countries', country.code)} />
                      </li>
                    ))}
                  </ul>
                </fieldset>
              </details>
            );
          })}
        </ChoiceGroup>
        {visibilityChoice('countries')}
      </ProfilePart>

      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('saving')} />
    </form>
  );
}

/** One field of the profile with its visibility choice below it. */
function ProfilePart({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-5">{children}</div>;
}
