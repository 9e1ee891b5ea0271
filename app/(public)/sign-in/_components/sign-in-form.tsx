'use client';

// The password sign-in form. It posts to the route handler /api/sign-in, which answers with real
// HTTP statuses (401, 429 with Retry-After) that a server action cannot give: with JavaScript
// through fetch, showing errors in place; without, as a plain form post that the route answers
// with a redirect back here (the page then passes the error in as `initialState`).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import type { FormAnswer, FormState } from '@/lib/forms/action';
import { signInRefusal, signInSchema } from '@/lib/auth/schemas';

/** What /api/sign-in answers a request that asks for JSON. */
interface SignInAnswer {
  ok?: boolean;
  redirectTo?: string;
  error?: string;
  retryAfterSeconds?: number;
  fieldErrors?: Record<string, string[] | undefined>;
}

async function postSignIn(_previous: unknown, formData: FormData): Promise<FormState> {
  const response = await fetch('/api/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(Object.fromEntries(formData.entries())),
  });
  const answer = (await response.json().catch(() => ({}))) as SignInAnswer;
  if (answer.ok && answer.redirectTo) {
    // A full load, so that every server component renders for the signed-in member.
    window.location.assign(answer.redirectTo);
    return { ok: true };
  }
  return { ...signInRefusal(answer.error ?? 'unexpected', answer.retryAfterSeconds), fieldErrors: answer.fieldErrors };
}

export function SignInForm({
  callbackUrl,
  defaultEmail,
  initialState,
}: {
  callbackUrl?: string;
  defaultEmail?: string;
  /** An error from a previous submission without JavaScript. */
  initialState?: FormAnswer;
}) {
  const t = useTranslations('auth');
  const { form, formProps, field, summary, pending } = useActionForm({
    action: postSignIn,
    schema: signInSchema,
    defaultValues: { email: defaultEmail ?? '', password: '', callbackUrl },
    namespace: 'auth',
    id: 'sign-in',
    endpoint: '/api/sign-in',
    initialState,
  });
  return (
    <form {...formProps} className="flex flex-col gap-5">
      {summary}
      {/* defaultValue as well, so the values are in the HTML for browsers without JavaScript. */}
      <input type="hidden" defaultValue={callbackUrl} {...form.register('callbackUrl')} />
      <TextField type="email" autoComplete="email" label={t('email')} {...field('email')} />
      <TextField type="password" autoComplete="current-password" label={t('password')} {...field('password')} />
      <SubmitButton pending={pending} label={t('signIn')} pendingLabel={t('signingIn')} />
    </form>
  );
}
