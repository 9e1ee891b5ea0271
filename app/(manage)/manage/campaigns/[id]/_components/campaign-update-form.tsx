'use client';

// Posts a dated update on a campaign: a title and a Markdown text.
import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { postCampaignUpdateAction } from '@/lib/campaigns/actions';
import { campaignUpdateSchema, updateBodyMaxLength, updateTitleMaxLength } from '@/lib/campaigns/schemas';

export function CampaignUpdateForm({ campaignId }: { campaignId: string }) {
  const t = useTranslations('manageCampaigns.updates');
  const { formProps, field, summary, pending } = useActionForm({
    action: postCampaignUpdateAction,
    schema: campaignUpdateSchema,
    defaultValues: { campaignId, title: '', body: '' },
    namespace: 'manageCampaigns',
    id: 'campaign-update',
  });
  return (
    <form
      {...formProps}
      aria-label={t('formLabel')}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 className="text-base font-semibold text-slate-900">{t('formLabel')}</h3>
      {summary}
      <input type="hidden" name="campaignId" value={campaignId} />
      <TextField label={t('title')} maxLength={updateTitleMaxLength} {...field('title')} />
      <TextAreaField
        label={t('body')}
        hint={t('bodyHint')}
        rows={6}
        maxLength={updateBodyMaxLength}
        {...field('body')}
      />
      <SubmitButton pending={pending} label={t('post')} pendingLabel={t('posting')} />
    </form>
  );
}
