'use client';

// The button on the page a sign-in link opens. Opening the link uses nothing (mail scanners open
// links); pressing the button posts the token to the server action, which uses it and signs in.
// No fields to check in the browser, so no react-hook-form; the action parses the token with zod.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextLink } from '@/components/ui/text-link';
import { signInWithLinkAction } from '@/lib/auth/actions';
import { useAuthMessages } from './form-messages';

export function SignInLinkForm({ token }: { token: string }) {
  const t = useTranslations('auth');
  const messages = useAuthMessages();
  const [state, formAction, pending] = useActionState(signInWithLinkAction, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-5">
      {state?.ok === false ? (
        <FormAlert>
          {messages.error(state.message)} <TextLink href="/sign-in/link">{t('linkInvalid.newSignInLink')}</TextLink>
        </FormAlert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClasses('primary')}>
        {pending ? t('signingIn') : t('signInLink.confirm')}
      </button>
    </form>
  );
}
