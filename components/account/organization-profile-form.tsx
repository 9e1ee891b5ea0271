'use client';

// An organisation's public profile (/account/organization): description, website, contact email,
// themes and countries of work, each with the choice of who sees it (everyone or members only).
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import type { ProfileFormState } from '@/lib/directory/actions';
import {
  descriptionMaxLength,
  fieldVisibilities,
  organizationProfileSchema,
  visibilityFieldName,
  type FieldVisibility,
  type OrganizationProfileInput,
  type ProfileField,
} from '@/lib/directory/schemas';
import { TextAreaField } from '@/components/ui/form-fields';
import { useActionForm, useFormMessages } from './use-action-form';

export interface ProfileFormOrganization {
  name: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  themes: string[];
  countryCodes: string[];
  membersOnlyFields: ProfileField[];
}

export interface ProfileFormChoices {
  regions: { slug: string; name: string; countries: { code: string; name: string }[] }[];
  themes: string[];
}

const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? [value]
      : [];
const asText = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);

/** The form's starting values: what was sent, after a refusal without JavaScript, else what is stored. */
function startingValues(
  organization: ProfileFormOrganization,
  sent: Record<string, unknown> | undefined,
): OrganizationProfileInput {
  const visibility = (field: ProfileField): FieldVisibility => {
    const value = sent?.[visibilityFieldName(field)];
    if (value === 'everyone' || value === 'members') return value;
    return organization.membersOnlyFields.includes(field) ? 'members' : 'everyone';
  };
  return {
    description: asText(sent?.description, organization.description),
    website: asText(sent?.website, organization.website ?? ''),
    contactEmail: asText(sent?.contactEmail, organization.contactEmail ?? ''),
    themes: sent ? asList(sent.themes) : organization.themes,
    otherThemes: asText(sent?.otherThemes, ''),
    countries: sent ? asList(sent.countries) : organization.countryCodes,
    descriptionVisibility: visibility('description'),
    websiteVisibility: visibility('website'),
    contactEmailVisibility: visibility('contactEmail'),
    themesVisibility: visibility('themes'),
    countriesVisibility: visibility('countries'),
  };
}

export function OrganizationProfileForm({
  organization,
  choices,
  action,
}: {
  organization: ProfileFormOrganization;
  choices: ProfileFormChoices;
  action: (previous: ProfileFormState | null, formData: FormData) => Promise<ProfileFormState>;
}) {
  const t = useTranslations('organizationProfile');
  const messages = useFormMessages('organizationProfile');
  const { state, pending, formAction, formRef, onSubmit, serverError } = useActionForm(action);
  const defaults = startingValues(organization, state && !state.ok ? state.values : undefined);
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(organizationProfileSchema),
    defaultValues: defaults,
  });
  // Once saved, start again from what is stored (new themes become ticked boxes).
  useEffect(() => {
    if (state?.ok) reset(startingValues(organization, undefined));
  }, [state, organization, reset]);
  const error = (name: keyof OrganizationProfileInput) =>
    messages.field((errors[name]?.message as string | undefined) ?? serverError(name));
  const chosenCountries = asList(useWatch({ control, name: 'countries' }));
  const defaultCountries = asList(defaults.countries);
  const defaultThemes = asList(defaults.themes);
  // Themes in use, plus any this organisation has that no visible organisation shares.
  const themeChoices = [...new Set([...choices.themes, ...defaultThemes])].sort((a, b) => a.localeCompare(b));

  const visibilityChoice = (field: ProfileField) => (
    <VisibilityChoice
      field={field}
      legend={t(`visibility.legend.${field}`)}
      labels={{ everyone: t('visibility.everyone'), members: t('visibility.members') }}
      checked={defaults[visibilityFieldName(field)] as FieldVisibility}
      registration={register(visibilityFieldName(field))}
    />
  );

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit(handleSubmit)}
      noValidate
      aria-label={t('formLabel', { name: organization.name })}
      className="flex flex-col gap-8"
    >
      {state && !state.ok ? <FormAlert>{messages.form(state.message)}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{messages.success(state.message)}</FormAlert> : null}

      <ProfilePart>
        <TextAreaField
          id="profile-description"
          label={t('description.label')}
          hint={t('description.hint', { max: descriptionMaxLength })}
          rows={8}
          maxLength={descriptionMaxLength}
          defaultValue={defaults.description}
          error={error('description')}
          {...register('description')}
        />
        {visibilityChoice('description')}
      </ProfilePart>

      <ProfilePart>
        <TextField
          id="profile-website"
          type="url"
          inputMode="url"
          label={t('website.label')}
          hint={t('website.hint')}
          autoComplete="url"
          defaultValue={defaults.website}
          error={error('website')}
          {...register('website')}
        />
        {visibilityChoice('website')}
      </ProfilePart>

      <ProfilePart>
        <TextField
          id="profile-contact-email"
          type="email"
          label={t('contactEmail.label')}
          hint={t('contactEmail.hint')}
          autoComplete="email"
          defaultValue={defaults.contactEmail}
          error={error('contactEmail')}
          {...register('contactEmail')}
        />
        {visibilityChoice('contactEmail')}
      </ProfilePart>

      <ProfilePart>
        <fieldset aria-describedby="profile-themes-hint" className="flex flex-col gap-3">
          <legend className="text-sm font-semibold text-slate-800">{t('themes.label')}</legend>
          <p id="profile-themes-hint" className="text-sm text-slate-700">
            {t('themes.hint')}
          </p>
          {themeChoices.length > 0 ? (
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {themeChoices.map((theme, index) => (
                <li key={theme}>
                  <Checkbox
                    id={`profile-theme-${index}`}
                    label={theme}
                    value={theme}
                    defaultChecked={defaultThemes.includes(theme)}
                    registration={register('themes')}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          {error('themes') ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {error('themes')}
            </p>
          ) : null}
          <TextAreaField
            id="profile-other-themes"
            label={t('themes.otherLabel')}
            hint={t('themes.otherHint')}
            rows={3}
            defaultValue={defaults.otherThemes as string}
            error={error('otherThemes')}
            {...register('otherThemes')}
          />
        </fieldset>
        {visibilityChoice('themes')}
      </ProfilePart>

      <ProfilePart>
        <fieldset aria-describedby="profile-countries-hint" className="flex flex-col gap-3">
          <legend className="text-sm font-semibold text-slate-800">{t('countries.label')}</legend>
          <p id="profile-countries-hint" className="text-sm text-slate-700">
            {t('countries.hint')}
          </p>
          {error('countries') ? (
            <p role="alert" className="text-sm font-medium text-red-800">
              {error('countries')}
            </p>
          ) : null}
          {choices.regions.map((region) => {
            const chosen = region.countries.filter((country) => chosenCountries.includes(country.code));
            return (
              <details
                key={region.slug}
                open={region.countries.some((country) => defaultCountries.includes(country.code))}
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
                        <Checkbox
                          id={`profile-country-${country.code}`}
                          label={country.name}
                          value={country.code}
                          defaultChecked={defaultCountries.includes(country.code)}
                          registration={register('countries')}
                        />
                      </li>
                    ))}
                  </ul>
                </fieldset>
              </details>
            );
          })}
        </fieldset>
        {visibilityChoice('countries')}
      </ProfilePart>

      <div>
        <button type="submit" disabled={pending} className={buttonClasses('primary')}>
          {pending ? t('saving') : t('submit')}
        </button>
      </div>
    </form>
  );
}

/** One field of the profile with its visibility choice below it. */
function ProfilePart({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-5">{children}</div>;
}

function Checkbox({
  id,
  label,
  value,
  defaultChecked,
  registration,
}: {
  id: string;
  label: string;
  value: string;
  defaultChecked: boolean;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="flex min-h-11 items-center gap-3">
      <input
        id={id}
        type="checkbox"
        value={value}
        defaultChecked={defaultChecked}
        className="accent-brand-800 size-5 shrink-0"
        {...registration}
      />
      <label htmlFor={id} className="text-slate-900">
        {label}
      </label>
    </div>
  );
}

function VisibilityChoice({
  field,
  legend,
  labels,
  checked,
  registration,
}: {
  field: ProfileField;
  legend: string;
  labels: Record<FieldVisibility, string>;
  checked: FieldVisibility;
  registration: UseFormRegisterReturn;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-6 gap-y-1">
      <legend className="mb-1 text-sm font-semibold text-slate-800">{legend}</legend>
      {fieldVisibilities.map((visibility) => (
        <div key={visibility} className="flex min-h-11 items-center gap-2">
          <input
            id={`profile-${field}-visibility-${visibility}`}
            type="radio"
            value={visibility}
            defaultChecked={checked === visibility}
            className="accent-brand-800 size-5"
            {...registration}
          />
          <label htmlFor={`profile-${field}-visibility-${visibility}`} className="text-slate-900">
            {labels[visibility]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
