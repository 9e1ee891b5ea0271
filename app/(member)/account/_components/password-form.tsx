'use client';

// Changing one's password (/account): the current one, and the new one twice. Saving ends every
// other session; the action then signs this device in again and reloads /account?saved=password.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { changeOwnPasswordAction } from '@/lib/accounts/actions';
import { changePasswordSchema } from '@/lib/accounts/schemas';
import { passwordMaxLength, passwordMinLength } from '@/lib/auth/password-rules';

export function PasswordForm({
  email,
  saved,
}: {
  /** For password managers, which file the new password under this account. */
  email: string;
  /** The password was just changed (the page after the action's redirect). */
  saved: boolean;
}) {
  const t = useTranslations('account');
  const { formProps, field, summary, pending, state } = useActionForm({
    action: changeOwnPasswordAction,
    schema: changePasswordSchema,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    namespace: 'account',
    id: 'account-password',
    // Passwords are not kept in the fields once sent, whatever the answer.
    secret: ['currentPassword', 'newPassword', 'confirmPassword'],
  });
  return (
    <form {...formProps} aria-labelledby="password-heading" className="flex max-w-xl flex-col gap-4">
      {summary}
      {saved && !state ? <FormAlert tone="success">{t('results.passwordSaved')}</FormAlert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        {...field('currentPassword')}
      />
      <TextField
        type="password"
        label={t('passwordForm.newPassword')}
        hint={t('passwordForm.hint', { min: passwordMinLength, max: passwordMaxLength })}
        autoComplete="new-password"
        {...field('newPassword')}
      />
      <TextField
        type="password"
        label={t('passwordForm.confirmPassword')}
        autoComplete="new-password"
        {...field('confirmPassword')}
      />
      <SubmitButton pending={pending} label={t('passwordForm.submit')} pendingLabel={t('saving')} />
    </form>
  );
}
