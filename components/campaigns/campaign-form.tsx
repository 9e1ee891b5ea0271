'use client';

// A campaign's content, for staff (/manage/campaigns): one form, new or existing (a hidden
// campaignId). The text is Markdown, shown sanitised on the campaign's page.
import { useTranslations } from 'next-intl';
import type { DefaultValues } from 'react-hook-form';
import { Choice, ChoiceGroup, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { createCampaignAction, updateCampaignAction } from '@/lib/campaigns/actions';
import {
  callToActionMaxLength,
  campaignBodyMaxLength,
  campaignGoalMaxLength,
  campaignSchema,
  campaignTitleMaxLength,
  type CampaignInput,
} from '@/lib/campaigns/schemas';

export function CampaignForm({
  campaignId,
  values,
  regions,
}: {
  /** The campaign being edited; none for a new one. */
  campaignId?: string;
  values: DefaultValues<CampaignInput>;
  regions: { slug: string; name: string }[];
}) {
  const t = useTranslations('manageCampaigns.form');
  const { formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: campaignId ? updateCampaignAction : createCampaignAction,
    schema: campaignSchema,
    defaultValues: values,
    namespace: 'manageCampaigns',
    id: 'campaign',
  });
  return (
    <form {...formProps} aria-label={t(campaignId ? 'editLabel' : 'newLabel')} className="flex flex-col gap-6">
      {summary}
      {campaignId ? <input type="hidden" name="campaignId" value={campaignId} /> : null}
      <TextField label={t('title')} maxLength={campaignTitleMaxLength} {...field('title')} />
      <TextAreaField
        label={t('goal')}
        hint={t('goalHint')}
        rows={2}
        maxLength={campaignGoalMaxLength}
        {...field('goal')}
      />
      <TextField
        label={t('callToAction')}
        hint={t('callToActionHint')}
        maxLength={callToActionMaxLength}
        {...field('callToAction')}
      />
      <TextAreaField label={t('targets')} hint={t('targetsHint')} rows={4} {...field('targets')} />
      <TextAreaField
        label={t('body')}
        hint={t('bodyHint')}
        rows={14}
        maxLength={campaignBodyMaxLength}
        {...field('body')}
      />
      <ChoiceGroup id="campaign-regions" legend={t('regions')} hint={t('regionsHint')} error={errorOf('regions')}>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {regions.map((region) => (
            <li key={region.slug}>
              <Choice label={region.name} {...choice('regions', region.slug)} />
            </li>
          ))}
        </ul>
      </ChoiceGroup>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField type="date" label={t('startsAt')} {...field('startsAt')} />
        <TextField type="date" label={t('endsAt')} hint={t('endsAtHint')} {...field('endsAt')} />
      </div>
      <TextField
        inputMode="numeric"
        label={t('signatureGoal')}
        hint={t('signatureGoalHint')}
        {...field('signatureGoal')}
      />
      <SubmitButton pending={pending} label={t(campaignId ? 'save' : 'create')} pendingLabel={t('saving')} />
    </form>
  );
}
