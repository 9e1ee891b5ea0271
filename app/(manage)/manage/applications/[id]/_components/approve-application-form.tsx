'use client';

// Approve: a button that carries the application's id. The action redirects to the application on
// success; a refusal (already reviewed, a name already taken…) is shown above the button.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { approveApplicationAction } from '@/lib/applications/actions';

export function ApproveApplicationForm({
  id,
  contactName,
  contactEmail,
}: {
  id: string;
  contactName: string;
  contactEmail: string;
}) {
  const t = useTranslations('applications.approve');
  const { formProps, summary, pending } = useActionForm({
    action: approveApplicationAction,
    defaultValues: {},
    namespace: 'applications',
    id: 'approve',
  });
  return (
    <form {...formProps} aria-labelledby="approve-heading" className="flex flex-col gap-4">
      <h3 id="approve-heading" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h3>
      <p className="text-slate-700">{t('text', { name: contactName, email: contactEmail })}</p>
      {summary}
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
