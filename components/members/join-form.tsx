'use client';

// The membership application form (/join). With JavaScript, react-hook-form checks it with the shared
// schema before it is sent; without, it posts to the same server action, which checks it again and
// returns the errors (and the values, to fill the form again) through useActionState.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { submitApplicationAction, type ApplicationFormState } from '@/lib/members/actions';
import {
  applicationSchema,
  focusThemes,
  membershipCategories,
  organizationTypes,
  type Application,
  type ApplicationInput,
} from '@/lib/members/schemas';
import { ApplicationConfirmation } from './application-confirmation';
import { Choice, ChoiceGroup, SelectInputField, TextAreaField } from '@/components/ui/form-fields';

export interface JoinFormRegion {
  slug: string;
  name: string;
  countries: { code: string; name: string }[];
}

const sectionClasses = 'flex flex-col gap-5 rounded-lg border border-slate-200 p-4 sm:p-6';
const sectionHeadingClasses = 'mb-1 text-xl font-bold tracking-tight text-slate-900';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The form's starting values: empty, or what was sent when a submission without JavaScript failed. */
function startingValues(values: Record<string, unknown> | undefined): ApplicationInput {
  return {
    organizationName: text(values?.organizationName),
    organizationType: text(values?.organizationType) as ApplicationInput['organizationType'],
    category: text(values?.category) as ApplicationInput['category'],
    description: text(values?.description),
    website: text(values?.website),
    countries: list(values?.countries),
    regions: list(values?.regions),
    themes: list(values?.themes) as ApplicationInput['themes'],
    contactName: text(values?.contactName),
    contactEmail: text(values?.contactEmail),
    contactRole: text(values?.contactRole),
    message: text(values?.message),
    consent: (values?.consent === 'yes' ? 'yes' : undefined) as ApplicationInput['consent'],
  };
}

/** "3 ticked" beside a region's name, following the ticks without re-rendering the whole form. */
function TickedCount({
  control,
  codes,
}: {
  control: Control<ApplicationInput, unknown, Application>;
  codes: Set<string>;
}) {
  const t = useTranslations('join.fields');
  const ticked = useWatch({ control, name: 'countries' });
  const count = Array.isArray(ticked) ? ticked.filter((code) => codes.has(code)).length : 0;
  return <span className="text-sm font-normal text-slate-700">({t('countriesSelected', { count })})</span>;
}

export function JoinForm({ regions }: { regions: JoinFormRegion[] }) {
  const t = useTranslations('join');
  const tAll = useTranslations();
  const [state, formAction, isPending] = useActionState<ApplicationFormState, FormData>(submitApplicationAction, null);
  const failed = state && !state.ok ? state : null;
  // Read once: after a submission without JavaScript, the page is rendered anew with what was sent.
  const [initial] = useState(() => startingValues(failed?.values));

  const {
    register,
    handleSubmit,
    control,
    setFocus,
    formState: { errors },
  } = useForm<ApplicationInput, unknown, Application>({
    resolver: zodResolver(applicationSchema),
    defaultValues: initial,
  });

  // After the server refused fields, move to the first of them.
  useEffect(() => {
    const first = Object.keys(failed?.fieldErrors ?? {})[0];
    if (first && first in initial) setFocus(first as keyof ApplicationInput);
  }, [failed, initial, setFocus]);

  if (state?.ok) return <ApplicationConfirmation email={text(state.values?.contactEmail)} />;

  const message = (key: string | undefined) => {
    if (!key) return null;
    const joinKey = `join.errors.${key}` as 'join.errors.consentRequired';
    return tAll.has(joinKey) ? tAll(joinKey) : tAll('errors.actions.invalidInput');
  };
  const errorOf = (field: keyof ApplicationInput) => {
    const clientError = (errors[field] as { message?: string } | undefined)?.message;
    return message(clientError ?? failed?.fieldErrors?.[field]?.[0]);
  };
  const formError = failed
    ? failed.fieldErrors
      ? tAll('errors.actions.invalidInput')
      : tAll.has(`errors.actions.${failed.message}` as 'errors.actions.unexpected')
        ? tAll(`errors.actions.${failed.message}` as 'errors.actions.unexpected')
        : tAll('errors.actions.unexpected')
    : null;

  // Checked here first; sent through the action without React's reset of the form after an action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
  };

  const initialCountries = new Set(initial.countries);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <p className="text-slate-700">{t('requiredNote')}</p>

      <section aria-labelledby="join-organization" className={sectionClasses}>
        <h2 id="join-organization" className={sectionHeadingClasses}>
          {t('sections.organization')}
        </h2>
        <TextField
          id="join-organization-name"
          label={t('fields.organizationName')}
          autoComplete="organization"
          defaultValue={initial.organizationName}
          error={errorOf('organizationName')}
          {...register('organizationName')}
        />
        <SelectInputField
          id="join-organization-type"
          label={t('fields.organizationType')}
          placeholder={t('fields.organizationTypePlaceholder')}
          options={organizationTypes.map((type) => ({ value: type, label: tAll(`common.organizationType.${type}`) }))}
          defaultValue={initial.organizationType}
          error={errorOf('organizationType')}
          {...register('organizationType')}
        />
        <ChoiceGroup id="join-category" legend={t('fields.category')} error={errorOf('category')}>
          {membershipCategories.map((category) => (
            <Choice
              key={category}
              id={`join-category-${category}`}
              type="radio"
              value={category}
              defaultChecked={initial.category === category}
              label={t(`categories.${category}.label`)}
              description={t(`categories.${category}.description`)}
              {...register('category')}
            />
          ))}
        </ChoiceGroup>
        <TextAreaField
          id="join-description"
          label={t('fields.description')}
          hint={t('fields.descriptionHint')}
          defaultValue={initial.description}
          error={errorOf('description')}
          {...register('description')}
        />
        <TextField
          id="join-website"
          type="url"
          inputMode="url"
          autoComplete="url"
          label={t('fields.website')}
          hint={t('fields.websiteHint')}
          defaultValue={initial.website}
          error={errorOf('website')}
          {...register('website')}
        />
      </section>

      <section aria-labelledby="join-work" className={sectionClasses}>
        <h2 id="join-work" className={sectionHeadingClasses}>
          {t('sections.work')}
        </h2>
        <ChoiceGroup
          id="join-countries"
          legend={t('fields.countries')}
          hint={t('fields.countriesHint')}
          error={errorOf('countries')}
        >
          <div className="flex flex-col gap-2">
            {regions.map((region) => {
              const codes = new Set(region.countries.map((country) => country.code));
              return (
                <details
                  key={region.slug}
                  open={region.countries.some((country) => initialCountries.has(country.code)) || undefined}
                  className="rounded-md border border-slate-300 bg-white"
                >
                  <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 px-3 py-2 font-semibold text-slate-900 hover:bg-slate-50">
                    {region.name} <TickedCount control={control} codes={codes} />
                  </summary>
                  <div className="grid gap-x-4 gap-y-2 border-t border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
                    {region.countries.map((country) => (
                      <Choice
                        key={country.code}
                        id={`join-country-${country.code}`}
                        value={country.code}
                        defaultChecked={initialCountries.has(country.code)}
                        label={country.name}
                        {...register('countries')}
                      />
                    ))}
                  </div>
                </details>
              );
            })}
          </div>
        </ChoiceGroup>
        <ChoiceGroup
          id="join-regions"
          legend={t('fields.regions')}
          hint={t('fields.regionsHint')}
          error={errorOf('regions')}
        >
          <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {regions.map((region) => (
              <Choice
                key={region.slug}
                id={`join-region-${region.slug}`}
                value={region.slug}
                defaultChecked={initial.regions?.includes(region.slug)}
                label={region.name}
                {...register('regions')}
              />
            ))}
          </div>
        </ChoiceGroup>
        <ChoiceGroup
          id="join-themes"
          legend={t('fields.themes')}
          hint={t('fields.themesHint')}
          error={errorOf('themes')}
        >
          <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {focusThemes.map((theme, index) => (
              <Choice
                key={theme}
                id={`join-theme-${index}`}
                value={theme}
                defaultChecked={initial.themes.includes(theme)}
                label={theme}
                {...register('themes')}
              />
            ))}
          </div>
        </ChoiceGroup>
      </section>

      <section aria-labelledby="join-contact" className={sectionClasses}>
        <h2 id="join-contact" className={sectionHeadingClasses}>
          {t('sections.contact')}
        </h2>
        <TextField
          id="join-contact-name"
          label={t('fields.contactName')}
          autoComplete="name"
          defaultValue={initial.contactName}
          error={errorOf('contactName')}
          {...register('contactName')}
        />
        <TextField
          id="join-contact-email"
          type="email"
          autoComplete="email"
          label={t('fields.contactEmail')}
          hint={t('fields.contactEmailHint')}
          defaultValue={initial.contactEmail}
          error={errorOf('contactEmail')}
          {...register('contactEmail')}
        />
        <TextField
          id="join-contact-role"
          autoComplete="organization-title"
          label={t('fields.contactRole')}
          defaultValue={initial.contactRole}
          error={errorOf('contactRole')}
          {...register('contactRole')}
        />
        <TextAreaField
          id="join-message"
          label={t('fields.message')}
          defaultValue={initial.message}
          error={errorOf('message')}
          {...register('message')}
        />
      </section>

      <ChoiceGroup id="join-consent" legend={t('sections.consent')} error={errorOf('consent')}>
        <Choice
          id="join-consent-yes"
          value="yes"
          defaultChecked={initial.consent === 'yes'}
          label={t('fields.consent')}
          {...register('consent')}
        />
      </ChoiceGroup>

      <div>
        <button type="submit" disabled={isPending} className={buttonClasses('primary')}>
          {isPending ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
