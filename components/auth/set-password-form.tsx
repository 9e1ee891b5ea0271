'use client';

// Choosing a password from a mailed link (invitation or reset), typed twice. Checked in the browser
// with the same schema the server action parses with; each rule's message shows beside its field.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { TextLink } from '@/components/ui/text-link';
import { setPasswordAction } from '@/lib/auth/actions';
import { setPasswordSchema, type SetPasswordInput } from '@/lib/auth/schemas';
import { useAuthMessages } from './form-messages';

export interface SetPasswordFormProps {
  token: string;
  /** The account's address, for password managers to file the new password under. */
  email: string;
}

export function SetPasswordForm({ token, email }: SetPasswordFormProps) {
  const t = useTranslations('auth');
  const messages = useAuthMessages();
  const [state, formAction, pending] = useActionState(setPasswordAction, null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: '', confirmPassword: '' },
  });

  // Checked in the browser first; only a valid form goes to the server action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
  };

  const serverErrors = state?.ok === false ? state.fieldErrors : undefined;
  // A malformed token is answered like an unknown one.
  const formMessage = serverErrors?.token ? 'linkInvalid' : state?.message;
  const passwordError = errors.password?.message ?? serverErrors?.password?.[0];
  const confirmError = errors.confirmPassword?.message ?? serverErrors?.confirmPassword?.[0];

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state?.ok === false ? (
        <FormAlert>
          {messages.error(formMessage)}
          {formMessage === 'linkInvalid' ? (
            <>
              {' '}
              <TextLink href="/reset-password">{t('linkInvalid.newPasswordLink')}</TextLink>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      {/* defaultValue as well, so the token is in the HTML for browsers without JavaScript. */}
      <input type="hidden" defaultValue={token} {...register('token')} />
      <input type="email" name="username" autoComplete="username" defaultValue={email} readOnly hidden />
      <TextField
        id="set-password-password"
        type="password"
        autoComplete="new-password"
        label={t('setPassword.newPassword')}
        hint={t('setPassword.newPasswordHint')}
        error={messages.passwordRule(passwordError)}
        {...register('password')}
      />
      <TextField
        id="set-password-confirm"
        type="password"
        autoComplete="new-password"
        label={t('setPassword.confirmPassword')}
        error={messages.error(confirmError)}
        {...register('confirmPassword')}
      />
      <button type="submit" disabled={pending} className={buttonClasses('primary')}>
        {pending ? t('setPassword.saving') : t('setPassword.submit')}
      </button>
    </form>
  );
}
