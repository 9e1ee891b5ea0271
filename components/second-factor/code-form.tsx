'use client';

// The second step of signing in: a code from the app, or a recovery code.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { signInWithCodeAction } from '@/lib/second-factor/actions';

export function SignInCodeForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('secondFactor');
  const { formProps, field, summary, pending } = useActionForm({
    action: signInWithCodeAction,
    defaultValues: { code: '' },
    namespace: 'secondFactor',
    id: 'second-factor',
    secret: ['code'],
  });
  return (
    <form {...formProps} className="flex max-w-sm flex-col gap-4">
      {summary}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label={t('code')}
        hint={t('codeHint')}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        {...field('code')}
      />
      <SubmitButton pending={pending} label={t('verify')} pendingLabel={t('verifying')} />
    </form>
  );
}
