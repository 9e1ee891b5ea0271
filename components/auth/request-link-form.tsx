'use client';

// Asks for a link by mail: a sign-in link or a password reset. The answer is the same whether or not
// the address has an account. Validated in the browser with the form's schema, then sent to its
// server action; without JavaScript the form posts to the same action.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import { requestPasswordResetAction, requestSignInLinkAction } from '@/lib/auth/actions';
import { passwordResetRequestSchema, signInLinkRequestSchema, type SignInLinkRequestInput } from '@/lib/auth/schemas';
import { useAuthMessages } from './form-messages';

const forms = {
  signInLink: { action: requestSignInLinkAction, schema: signInLinkRequestSchema, submit: 'signInLink.submit' },
  passwordReset: {
    action: requestPasswordResetAction,
    schema: passwordResetRequestSchema,
    submit: 'resetPassword.submit',
  },
} as const;

export function RequestLinkForm({ kind }: { kind: keyof typeof forms }) {
  const form = forms[kind];
  const t = useTranslations('auth');
  const messages = useAuthMessages();
  const [state, formAction, pending] = useActionState(form.action, null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInLinkRequestInput>({ resolver: zodResolver(form.schema), defaultValues: { email: '' } });

  // Checked in the browser first; only a valid form goes to the server action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
  };

  const emailError = errors.email?.message ?? (state?.ok === false ? state.fieldErrors?.email?.[0] : undefined);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {state?.ok === true ? <FormAlert tone="success">{messages.sent(state.message)}</FormAlert> : null}
      {state?.ok === false ? <FormAlert>{messages.error(state.message)}</FormAlert> : null}
      <TextField
        id={`${kind}-email`}
        type="email"
        autoComplete="email"
        label={t('email')}
        error={messages.error(emailError)}
        {...register('email')}
      />
      <button type="submit" disabled={pending} className={buttonClasses('primary')}>
        {pending ? t('sending') : t(form.submit)}
      </button>
    </form>
  );
}
