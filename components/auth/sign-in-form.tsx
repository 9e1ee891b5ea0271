'use client';

// The password sign-in form. It posts to /api/sign-in: with JavaScript through fetch, showing errors
// in place; without, as a plain form post that the route answers with a redirect.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { buttonClasses } from '@/components/ui/button-link';
import { signInSchema, type SignInInput } from '@/lib/auth/schemas';

export interface SignInFormProps {
  callbackUrl?: string;
  defaultEmail?: string;
  /** An error from a previous submission without JavaScript (a catalogue key). */
  initialError?: { key: string; retryAfterMinutes?: number };
}

export function SignInForm({ callbackUrl, defaultEmail, initialError }: SignInFormProps) {
  const t = useTranslations('auth');
  const [formError, setFormError] = useState(initialError ?? null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: defaultEmail ?? '', password: '', callbackUrl },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const response = await fetch('/api/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(values),
    });
    const result = (await response.json().catch(() => ({}))) as {
      ok?: boolean;
      redirectTo?: string;
      error?: string;
      retryAfterSeconds?: number;
    };
    if (result.ok && result.redirectTo) {
      // A full load, so that every server component renders for the signed-in member.
      window.location.assign(result.redirectTo);
      return;
    }
    setFormError({
      key: result.error ?? 'unexpected',
      retryAfterMinutes: result.retryAfterSeconds ? Math.ceil(result.retryAfterSeconds / 60) : undefined,
    });
  });

  const message = (key: string | undefined) => (key ? t(`errors.${key}` as 'errors.invalidCredentials') : null);

  return (
    <form action="/api/sign-in" method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <FormAlert>
          {t(`errors.${formError.key}` as 'errors.rateLimited', { minutes: formError.retryAfterMinutes ?? 15 })}
        </FormAlert>
      ) : null}
      {/* defaultValue as well, so the values are in the HTML for browsers without JavaScript. */}
      <input type="hidden" defaultValue={callbackUrl} {...register('callbackUrl')} />
      <TextField
        id="sign-in-email"
        type="email"
        autoComplete="email"
        defaultValue={defaultEmail}
        label={t('email')}
        error={message(errors.email?.message)}
        {...register('email')}
      />
      <TextField
        id="sign-in-password"
        type="password"
        autoComplete="current-password"
        label={t('password')}
        error={message(errors.password?.message)}
        {...register('password')}
      />
      <button type="submit" disabled={isSubmitting} className={buttonClasses('primary')}>
        {isSubmitting ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}
