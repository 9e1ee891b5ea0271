'use client';

// Choosing a password from a mailed link (invitation or reset), typed twice. Checked in the browser
// with the same schema the server action parses with; each rule's message shows beside its field.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { TextLink } from '@/components/ui/text-link';
import { setPasswordAction } from '@/lib/auth/actions';
import { setPasswordSchema } from '@/lib/auth/schemas';

export interface SetPasswordFormProps {
  token: string;
  /** The account's address, for password managers to file the new password under. */
  email: string;
}

export function SetPasswordForm({ token, email }: SetPasswordFormProps) {
  const t = useTranslations('auth');
  const { form, formProps, field, summary, pending, state } = useActionForm({
    action: setPasswordAction,
    schema: setPasswordSchema,
    defaultValues: { token, password: '', confirmPassword: '' },
    namespace: 'auth',
    id: 'set-password',
    secret: ['password', 'confirmPassword'],
  });
  return (
    <form {...formProps} className="flex flex-col gap-5">
      {summary}
      {state?.ok === false && state.message === 'linkInvalid' ? (
        <p>
          <TextLink href="/reset-password">{t('linkInvalid.newPasswordLink')}</TextLink>
        </p>
      ) : null}
      {/* defaultValue as well, so the token is in the HTML for browsers without JavaScript. */}
      <input type="hidden" defaultValue={token} {...form.register('token')} />
      <input type="email" name="username" autoComplete="username" defaultValue={email} readOnly hidden />
      <TextField
        type="password"
        autoComplete="new-password"
        label={t('setPassword.newPassword')}
        hint={t('setPassword.newPasswordHint')}
        {...field('password')}
      />
      <TextField
        type="password"
        autoComplete="new-password"
        label={t('setPassword.confirmPassword')}
        {...field('confirmPassword')}
      />
      <SubmitButton pending={pending} label={t('setPassword.submit')} pendingLabel={t('setPassword.saving')} />
    </form>
  );
}
