'use client';

// The signing form of a running campaign: name, address, country, an optional comment, whether the
// name is shown, and the consent (its words shown, its version stored). Checked in the browser with
// the server's schema, sent to a server action, and working without JavaScript. Whatever the
// address, success reads the same: "check your inbox".
import { useTranslations } from 'next-intl';
import { Choice, ChoiceGroup, SelectInputField, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { signCampaignAction } from '@/lib/campaigns/actions';
import { signatureCommentMaxLength, signCampaignSchema, signerNameMaxLength } from '@/lib/campaigns/schemas';

export function SignForm({
  slug,
  countries,
  consentText,
  consentVersion,
}: {
  slug: string;
  countries: { value: string; label: string }[];
  /** The consent's words as the server renders them, with the coalition's name. */
  consentText: string;
  consentVersion: string;
}) {
  const t = useTranslations('campaigns.sign');
  const { form, formProps, field, choice, errorOf, summary, pending, state } = useActionForm({
    action: signCampaignAction,
    schema: signCampaignSchema,
    // Names are not shown unless the signer says so: the safer default for people at risk.
    defaultValues: { slug, name: '', email: '', country: '', comment: '', showName: '', consent: '' },
    namespace: 'campaigns',
    id: 'sign',
    // Visitors get the campaign page from the page cache: see useActionForm.
    permalink: `/campaigns/${slug}`,
  });
  // Once sent, the form makes way for what happens next: the confirmation link in the inbox.
  if (state?.ok) return <div>{summary}</div>;
  return (
    <form {...formProps} aria-labelledby="sign-heading" className="flex flex-col gap-5">
      <h2 id="sign-heading" className="text-brand-950 text-lg font-semibold">
        {t('heading')}
      </h2>
      {summary}
      <input type="hidden" defaultValue={slug} {...form.register('slug')} />
      <input type="hidden" name="consentVersion" value={consentVersion} />
      <TextField label={t('name')} autoComplete="name" maxLength={signerNameMaxLength} {...field('name')} />
      <TextField type="email" autoComplete="email" label={t('email')} hint={t('emailHint')} {...field('email')} />
      <SelectInputField
        label={t('country')}
        placeholder={t('countryPlaceholder')}
        options={countries}
        autoComplete="country"
        {...field('country')}
      />
      <TextAreaField
        label={t('comment')}
        hint={t('commentHint')}
        rows={3}
        maxLength={signatureCommentMaxLength}
        {...field('comment')}
      />
      <Choice label={t('showName')} description={t('showNameHint')} {...choice('showName', 'on')} />
      <ChoiceGroup id="sign-consent" legend={t('consentLegend')} error={errorOf('consent')}>
        <Choice label={consentText} {...choice('consent', 'on')} />
      </ChoiceGroup>
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('sending')} />
    </form>
  );
}
