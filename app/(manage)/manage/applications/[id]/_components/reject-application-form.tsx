'use client';

// Reject with a reason: checked in the browser with the shared schema, and again by the action,
// which redirects to the application on success. Works without JavaScript.
import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { rejectApplicationAction } from '@/lib/applications/actions';
import { rejectApplicationSchema } from '@/lib/applications/schemas';

export function RejectApplicationForm({ id }: { id: string }) {
  const t = useTranslations('applications.reject');
  const { form, formProps, field, summary, pending } = useActionForm({
    action: rejectApplicationAction,
    schema: rejectApplicationSchema,
    defaultValues: { id, reason: '' },
    namespace: 'applications',
    id: 'reject',
  });
  return (
    <form {...formProps} aria-labelledby="reject-heading" className="flex flex-col gap-4">
      <h3 id="reject-heading" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h3>
      <p className="text-slate-700">{t('text')}</p>
      {summary}
      <input type="hidden" defaultValue={id} {...form.register('id')} />
      <TextAreaField label={t('reason')} hint={t('reasonHint')} maxLength={2000} {...field('reason')} />
      <SubmitButton pending={pending} variant="secondary" label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
