'use client';

// The membership application form (/join). With JavaScript, react-hook-form checks it with the shared
// schema before it is sent; without, it posts to the same server action, which checks it again and
// returns the errors (and the values, to fill the form again) through useActionState.
import { useTranslations } from 'next-intl';
import { useWatch, type Control, type DefaultValues } from 'react-hook-form';
import { Choice, ChoiceGroup, SelectInputField, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { VisibilityChoice } from '@/components/ui/visibility-choice';
import { submitApplicationAction } from '@/lib/applications/actions';
import type { JoinOptions } from '@/lib/applications/queries';
import {
  applicationSchema,
  membershipCategories,
  organizationTypes,
  type Application,
  type ApplicationInput,
} from '@/lib/applications/schemas';
import { ApplicationConfirmation } from './application-confirmation';

const sectionClasses = 'flex flex-col gap-5 rounded-lg border border-slate-200 p-4 sm:p-6';
const sectionHeadingClasses = 'mb-1 text-xl font-bold tracking-tight text-slate-900';

const emptyApplication: DefaultValues<ApplicationInput> = {
  organizationName: '',
  description: '',
  website: '',
  publicEmail: '',
  publicEmailVisibility: 'MEMBERS',
  countries: [],
  regions: [],
  themes: [],
  contactName: '',
  contactEmail: '',
  contactRole: '',
  message: '',
};

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

export function JoinForm({ options }: { options: JoinOptions }) {
  const { regions, themes } = options;
  const t = useTranslations('join');
  const tAll = useTranslations();
  const { form, formProps, field, choice, errorOf, summary, pending, state } = useActionForm({
    action: submitApplicationAction,
    schema: applicationSchema,
    defaultValues: emptyApplication,
    namespace: 'join',
    id: 'join',
  });
  if (state?.ok) return <ApplicationConfirmation email={state.data.contactEmail} />;
  const startingCountries = new Set(form.formState.defaultValues?.countries ?? []);

  return (
    <form {...formProps} className="flex flex-col gap-8">
      {summary}
      <p className="text-slate-700">{t('requiredNote')}</p>

      <section aria-labelledby="join-organization" className={sectionClasses}>
        <h2 id="join-organization" className={sectionHeadingClasses}>
          {t('sections.organization')}
        </h2>
        <TextField label={t('fields.organizationName')} autoComplete="organization" {...field('organizationName')} />
        <SelectInputField
          label={t('fields.organizationType')}
          placeholder={t('fields.organizationTypePlaceholder')}
          options={organizationTypes.map((type) => ({ value: type, label: tAll(`common.organizationType.${type}`) }))}
          {...field('organizationType')}
        />
        <ChoiceGroup id="join-category" legend={t('fields.category')} error={errorOf('category')}>
          {membershipCategories.map((category) => (
            <Choice
              key={category}
              type="radio"
              label={t(`categories.${category}.label`)}
              description={t(`categories.${category}.description`)}
              {...choice('category', category)}
            />
          ))}
        </ChoiceGroup>
        <TextAreaField label={t('fields.description')} hint={t('fields.descriptionHint')} {...field('description')} />
        <TextField
          type="url"
          inputMode="url"
          autoComplete="url"
          label={t('fields.website')}
          hint={t('fields.websiteHint')}
          {...field('website')}
        />
        <TextField
          type="email"
          label={t('fields.publicEmail')}
          hint={t('fields.publicEmailHint')}
          {...field('publicEmail')}
        />
        <VisibilityChoice
          id="join-publicEmailVisibility"
          legend={t('fields.publicEmailVisibility')}
          error={errorOf('publicEmailVisibility')}
          labelOf={(visibility) => t(`visibility.${visibility}`)}
          choiceOf={(visibility) => choice('publicEmailVisibility', visibility)}
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
                  open={region.countries.some((country) => startingCountries.has(country.code)) || undefined}
                  className="rounded-md border border-slate-300 bg-white"
                >
                  <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 px-3 py-2 font-semibold text-slate-900 hover:bg-slate-50">
                    {region.name} <TickedCount control={form.control} codes={codes} />
                  </summary>
                  <div className="grid gap-x-4 gap-y-2 border-t border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
                    {region.countries.map((country) => (
                      <Choice key={country.code} label={country.name} {...choice('countries', country.code)} />
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
              <Choice key={region.slug} label={region.name} {...choice('regions', region.slug)} />
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
            {themes.map((theme) => (
              <Choice key={theme.slug} label={theme.label} {...choice('themes', theme.slug)} />
            ))}
          </div>
        </ChoiceGroup>
      </section>

      <section aria-labelledby="join-contact" className={sectionClasses}>
        <h2 id="join-contact" className={sectionHeadingClasses}>
          {t('sections.contact')}
        </h2>
        <TextField label={t('fields.contactName')} autoComplete="name" {...field('contactName')} />
        <TextField
          type="email"
          autoComplete="email"
          label={t('fields.contactEmail')}
          hint={t('fields.contactEmailHint')}
          {...field('contactEmail')}
        />
        <TextField autoComplete="organization-title" label={t('fields.contactRole')} {...field('contactRole')} />
        <TextAreaField label={t('fields.message')} {...field('message')} />
      </section>

      <ChoiceGroup id="join-consent" legend={t('sections.consent')} error={errorOf('consent')}>
        <Choice label={t('fields.consent')} {...choice('consent', 'yes')} />
      </ChoiceGroup>

      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
