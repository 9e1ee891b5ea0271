'use client';

// Changing one's password (/account): the current one, and the new one twice. Saving ends every
// other session; the action then signs this device in again and reloads /account?saved=password.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { passwordMaxLength, passwordMinLength } from '@/lib/auth/password-rules';
import type { changeOwnPasswordAction } from '@/lib/members/account-actions';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/members/account-schemas';
import { useActionForm, useFormMessages } from './use-action-form';

export function PasswordForm({
  email,
  saved,
  action,
}: {
  /** For password managers, which file the new password under this account. */
  email: string;
  /** The password was just changed (the page after the action's redirect). */
  saved: boolean;
  action: typeof changeOwnPasswordAction;
}) {
  const t = useTranslations('account');
  const messages = useFormMessages('account');
  const { state, pending, formAction, formRef, onSubmit, serverError } = useActionForm(action);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      // Passwords are not kept in the fields once sent, whatever the answer.
      onSubmit={onSubmit(handleSubmit, () => reset())}
      noValidate
      aria-labelledby="password-heading"
      className="flex max-w-xl flex-col gap-4"
    >
      {state && !state.ok ? <FormAlert>{messages.form(state.message)}</FormAlert> : null}
      {saved && !state ? <FormAlert tone="success">{messages.success('passwordSaved')}</FormAlert> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="account-current-password"
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        error={messages.field(errors.currentPassword?.message ?? serverError('currentPassword'))}
        {...register('currentPassword')}
      />
      <TextField
        id="account-new-password"
        type="password"
        label={t('passwordForm.newPassword')}
        hint={t('passwordForm.hint', { min: passwordMinLength, max: passwordMaxLength })}
        autoComplete="new-password"
        error={messages.field(errors.newPassword?.message ?? serverError('newPassword'))}
        {...register('newPassword')}
      />
      <TextField
        id="account-confirm-password"
        type="password"
        label={t('passwordForm.confirmPassword')}
        autoComplete="new-password"
        error={messages.field(errors.confirmPassword?.message ?? serverError('confirmPassword'))}
        {...register('confirmPassword')}
      />
      <div>
        <button type="submit" disabled={pending} className={buttonClasses('primary')}>
          {pending ? t('saving') : t('passwordForm.submit')}
        </button>
      </div>
    </form>
  );
}
