'use client';

// Wires a react-hook-form form to a server action kept in useActionState. The <form> also gets
// `action={formAction}`, so without JavaScript it posts to the server action and the page renders
// the returned state. With JavaScript the form is checked in the browser first (the same zod
// schema) and the action is called in a transition: React then does not reset the fields, so the
// values typed stay when the server refuses them.
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import type { FieldValues, UseFormHandleSubmit } from 'react-hook-form';

/** What the account and profile actions return (ActionResult, plus values sent back on failure). */
export interface ActionFormState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, unknown>;
}

export function useActionForm<S extends ActionFormState>(
  action: (previous: S | null, formData: FormData) => Promise<S>,
) {
  const [state, formAction, actionPending] = useActionState(action, null);
  const [transitionPending, startTransition] = useTransition();
  // A result stops showing once the form is sent again.
  const [dismissed, setDismissed] = useState<S | null>(null);
  const current = state !== dismissed ? state : null;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refusal, take the reader to the first field that needs attention.
  useEffect(() => {
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  /** The form's onSubmit: validate in the browser, then send (after `beforeSend`, e.g. clearing passwords). */
  function onSubmit<T extends FieldValues, O>(handleSubmit: UseFormHandleSubmit<T, O>, beforeSend?: () => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      const element = event.currentTarget;
      setDismissed(state);
      void handleSubmit(() => {
        const data = new FormData(element);
        beforeSend?.();
        startTransition(() => formAction(data));
      })(event);
    };
  }

  return {
    state: current,
    pending: actionPending || transitionPending,
    formAction,
    formRef,
    onSubmit,
    /** The server's first error key for a field, if the last result refused it. */
    serverError: (name: string) => (current && !current.ok ? (current.fieldErrors?.[name]?.[0] ?? null) : null),
  };
}

type Namespace = 'account' | 'organizationProfile';

/**
 * Turns error keys into sentences: a field's key from `<namespace>.fieldErrors`, else the password
 * rules or sign-in messages of `auth`; a whole form's key from `errors.actions`, else
 * `<namespace>.formErrors`.
 */
export function useFormMessages(namespace: Namespace) {
  const t = useTranslations();
  type Key = Parameters<typeof t>[0];
  const first = (keys: string[], fallback: Key) => {
    const found = keys.find((key) => t.has(key as Key));
    return t((found ?? fallback) as Key);
  };
  return {
    field: (key: string | null | undefined) =>
      key
        ? first(
            [`${namespace}.fieldErrors.${key}`, `auth.passwordRules.${key}`, `auth.errors.${key}`],
            `${namespace}.fieldErrors.invalid` as Key,
          )
        : null,
    form: (key: string | undefined) =>
      first([`errors.actions.${key}`, `${namespace}.formErrors.${key}`], 'errors.actions.unexpected'),
    success: (key: string | undefined) => first([`${namespace}.success.${key}`], `${namespace}.success.saved` as Key),
  };
}
