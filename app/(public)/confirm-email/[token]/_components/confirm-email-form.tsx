'use client';

// The one button of an email-change link: use the new address (the action then goes on to
// /confirm-email/done). A refusal (the address was taken meanwhile) shows above the button.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { confirmEmailChangeAction } from '@/lib/accounts/actions';

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations('account.confirmEmail');
  const { formProps, summary, pending } = useActionForm({
    action: confirmEmailChangeAction,
    defaultValues: {},
    namespace: 'account',
    id: 'confirm-email',
  });
  return (
    <form {...formProps} className="flex flex-col items-start gap-4">
      {summary}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
