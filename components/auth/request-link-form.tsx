'use client';

// Asks for a link by mail: a sign-in link or a password reset. The answer is the same whether or not
// the address has an account.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { requestPasswordResetAction, requestSignInLinkAction } from '@/lib/auth/actions';
import { passwordResetRequestSchema, signInLinkRequestSchema } from '@/lib/auth/schemas';

const forms = {
  signInLink: { action: requestSignInLinkAction, schema: signInLinkRequestSchema, submit: 'signInLink.submit' },
  passwordReset: {
    action: requestPasswordResetAction,
    schema: passwordResetRequestSchema,
    submit: 'resetPassword.submit',
  },
} as const;

export function RequestLinkForm({ kind }: { kind: keyof typeof forms }) {
  const { action, schema, submit } = forms[kind];
  const t = useTranslations('auth');
  const { formProps, field, summary, pending } = useActionForm({
    action,
    schema,
    defaultValues: { email: '' },
    namespace: 'auth',
    id: kind,
  });
  return (
    <form {...formProps} className="flex flex-col gap-5">
      {summary}
      <TextField type="email" autoComplete="email" label={t('email')} {...field('email')} />
      <SubmitButton pending={pending} label={t(submit)} pendingLabel={t('sending')} />
    </form>
  );
}
