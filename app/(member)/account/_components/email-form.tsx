'use client';

// Changing one's email address (/account): the new address and the current password.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { requestEmailChangeAction } from '@/lib/accounts/actions';
import { changeEmailSchema } from '@/lib/accounts/schemas';

export function EmailForm({ email }: { email: string }) {
  const t = useTranslations('account');
  const { formProps, field, summary, pending } = useActionForm({
    action: requestEmailChangeAction,
    schema: changeEmailSchema,
    defaultValues: { email, currentPassword: '' },
    namespace: 'account',
    id: 'account-email',
    secret: ['currentPassword'],
  });
  return (
    <form {...formProps} aria-labelledby="email-heading" className="flex max-w-xl flex-col gap-4">
      {summary}
      <TextField
        type="email"
        label={t('emailForm.email')}
        hint={t('emailForm.hint')}
        autoComplete="email"
        {...field('email')}
      />
      <TextField
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        {...field('currentPassword')}
      />
      <SubmitButton pending={pending} label={t('emailForm.submit')} pendingLabel={t('saving')} />
    </form>
  );
}
