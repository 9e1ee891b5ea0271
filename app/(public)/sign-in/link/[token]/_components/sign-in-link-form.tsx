'use client';

// The button on the page a sign-in link opens. Opening the link uses nothing (mail scanners open
// links); pressing the button posts the token to the server action, which uses it and signs in.
// No fields to check in the browser, so no schema; the action parses the token with zod.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextLink } from '@/components/ui/text-link';
import { signInWithLinkAction } from '@/lib/auth/actions';

export function SignInLinkForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const { formProps, summary, pending, state } = useActionForm({
    action: signInWithLinkAction,
    defaultValues: {},
    namespace: 'auth',
    id: 'sign-in-link',
  });
  return (
    <form {...formProps} className="flex flex-col items-start gap-5">
      {summary}
      {state?.ok === false ? <TextLink href="/sign-in/link">{t('linkInvalid.newSignInLink')}</TextLink> : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} label={t('signInLink.confirm')} pendingLabel={t('signingIn')} />
    </form>
  );
}
