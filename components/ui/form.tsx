'use client';

// The one way to build a form. A form gives useActionForm its server action (made with
// lib/forms/action.ts `formAction`), its zod schema and its stored values, and spreads what it gets
// back: `formProps` on the <form>, `field(name)` on each TextField / TextAreaField / SelectInputField,
// `choice(name, value)` on each checkbox or radio, and renders `summary` at the top.
//
// - Without JavaScript the <form> posts to the server action (useActionState + `<form action>`);
//   the page is rendered again with the answer and, after a refusal, with the values sent.
// - With JavaScript the form is checked in the browser first with the same schema (react-hook-form),
//   then the action is called in a transition, so React does not reset what was typed.
// - Every error stands beside its field; the summary above the form says what happened and takes
//   focus after a refusal that names no field (otherwise the first field it names takes focus).
// - Messages are catalogue keys, looked up in the form's own namespace first (`<ns>.errors`,
//   `<ns>.results`), then in the shared `errors.fields` / `errors.actions`.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent, type Ref } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import { z } from 'zod';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import type { FormAction, FormAnswer, FormState } from '@/lib/forms/action';
import type messages from '@/lib/i18n/messages/en';

// The Content-Security-Policy allows no eval: zod would probe for it (new Function) to compile its
// parsers, which the browser reports as a violation. Its interpreted parsers are fast enough for forms.
if (typeof window !== 'undefined') z.config({ jitless: true });

type Catalogue = typeof messages;

/** A catalogue namespace a form's messages live in: one that has its own `errors`. */
export type FormNamespace = {
  [K in keyof Catalogue]: Catalogue[K] extends { errors: object } ? K : never;
}[keyof Catalogue];

/** Turns the catalogue keys of results into sentences, for one namespace. */
export function useFormMessages(namespace: FormNamespace) {
  const t = useTranslations();
  type Key = Parameters<typeof t>[0];
  const first = (keys: string[], fallback: Key, values?: Record<string, string | number>) => {
    const found = keys.find((key) => t.has(key as Key));
    return t((found ?? fallback) as Key, values as never);
  };
  return {
    /** An error beside a field. */
    field: (key: string | null | undefined) =>
      key
        ? first(
            [`${namespace}.errors.${key}`, `errors.fields.${key}`, `errors.actions.${key}`],
            'errors.fields.invalid',
          )
        : null,
    /** What a refusal says about the whole form. */
    refusal: (key: string | undefined, values?: Record<string, string | number>) =>
      first(
        [`${namespace}.errors.${key}`, `${namespace}.results.${key}`, `errors.actions.${key}`],
        'errors.actions.unexpected',
        values,
      ),
    /** What a success says. */
    success: (key: string | undefined, values?: Record<string, string | number>) =>
      first([`${namespace}.results.${key}`], 'errors.actions.saved', values),
  };
}

interface UseActionFormOptions<TInput extends FieldValues, TOutput, TData> {
  /** The server action, or (with `endpoint`) a function that posts to a route handler. */
  action: FormAction<TData>;
  /** Checked in the browser before sending; the action parses with the same schema. */
  schema?: z.ZodType<TOutput, TInput>;
  /** What is stored now; after a refusal without JavaScript, what was sent takes their place. */
  defaultValues: NoInfer<DefaultValues<TInput>>;
  namespace: FormNamespace;
  /** Prefix of the fields' ids (`<id>-<name>`), unique on the page. */
  id: string;
  /** Fields emptied once sent, whatever the answer (passwords). */
  secret?: Path<TInput>[];
  /** A route handler the form posts to without JavaScript, instead of a server action. */
  endpoint?: string;
  /** An answer the page already has (e.g. from the query string after a plain form post). */
  initialState?: FormAnswer;
  /**
   * The page's own address, for a form on a page visitors get from the page cache (decision 008):
   * without JavaScript the answer is rendered by the page's dynamic route, whose tree differs from
   * the cached copy's, and React finds the form's state by this address instead of its place in the
   * tree (useActionState's permalink).
   */
  permalink?: string;
}

const valueAt = (values: object, name: string): unknown => Reflect.get(values, name);

/** The values to start from: the stored ones, or what was sent when the server refused it. */
function startingValues<T extends object>(stored: T, state: FormAnswer | null): T {
  const sent = state && !state.ok ? state.values : undefined;
  if (!sent) return stored;
  // A field missing from the post is an unticked box (or a password, never sent back).
  const entries = Object.entries(stored).map(([name, value]) => [
    name,
    name in sent ? sent[name] : Array.isArray(value) ? [] : typeof value === 'string' ? '' : undefined,
  ]);
  return Object.fromEntries(entries) as T;
}

export function useActionForm<TInput extends FieldValues, TOutput = TInput, TData = undefined>(
  options: UseActionFormOptions<TInput, TOutput, TData>,
) {
  const { action, schema, namespace, id, secret = [], endpoint } = options;
  const [state, formAction, actionPending] = useActionState<FormAnswer | null, FormData>(
    action,
    options.initialState ?? null,
    options.permalink,
  );
  const [transitionPending, startTransition] = useTransition();
  const messages = useFormMessages(namespace);
  // Read once: the server render and the browser must start from the same values.
  const [initial] = useState(() => startingValues(options.defaultValues, state));
  const form: UseFormReturn<TInput, unknown, TOutput> = useForm<TInput, unknown, TOutput>({
    resolver: schema ? zodResolver<TInput, unknown, TOutput>(schema) : undefined,
    defaultValues: initial,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // A result stops showing once the form is sent again; a failed browser check shows the summary.
  const [dismissed, setDismissed] = useState<FormAnswer | null>(null);
  const [browserRefused, setBrowserRefused] = useState(false);
  const current = state !== dismissed ? state : null;

  // After the server refused, move focus to the first field it names, or else to the summary that
  // says why. (After a failed browser check, react-hook-form focuses the first invalid field.)
  useEffect(() => {
    if (!state || state.ok) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? summaryRef.current)?.focus();
  }, [state]);

  // Once saved, show what is stored now (the page's new props), not what was typed.
  const stored = useRef(options.defaultValues);
  useEffect(() => {
    stored.current = options.defaultValues;
  });
  const { reset } = form;
  useEffect(() => {
    if (state?.ok) reset(stored.current);
  }, [state, reset]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    // The button pressed, when it carries a name and value (one form, one button per row), is sent
    // as a plain form post would send it.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    setDismissed(state);
    void form.handleSubmit(
      () => {
        setBrowserRefused(false);
        const data = new FormData(element, submitter);
        for (const name of secret) form.setValue(name, '' as PathValue<TInput, typeof name>);
        startTransition(() => formAction(data));
      },
      () => setBrowserRefused(true),
    )(event);
  };

  const refusal = current && !current.ok ? current : null;
  const errorOf = (name: Path<TInput>): string | null => {
    const browserError = form.getFieldState(name, form.formState).error?.message;
    return messages.field(browserError ?? refusal?.fieldErrors?.[name]?.[0]);
  };
  const stringValue = (value: unknown) => (typeof value === 'string' ? value : '');

  const summaryText = refusal
    ? messages.refusal(refusal.message, refusal.params)
    : browserRefused
      ? messages.refusal('invalidInput')
      : current?.ok && current.message
        ? messages.success(current.message, current.params)
        : null;

  return {
    form,
    // React's useActionState cannot carry the action's generic data type through; it is the same value.
    state: current as FormState<TData>,
    pending: actionPending || transitionPending,
    messages,
    errorOf,
    formProps: {
      ref: formRef,
      action: endpoint ?? formAction,
      method: endpoint ? ('post' as const) : undefined,
      onSubmit,
      noValidate: true,
    },
    /** For a text input, text area or select: its id, registration, starting value and error. */
    field: (name: Path<TInput>) => ({
      id: `${id}-${name}`,
      ...form.register(name),
      // Also in the HTML, for browsers without JavaScript.
      defaultValue: stringValue(valueAt(initial, name)),
      error: errorOf(name),
    }),
    /** For one checkbox or radio button of a field. */
    choice: (name: Path<TInput>, value: string) => {
      const start = valueAt(initial, name);
      return {
        id: `${id}-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, '-'),
        ...form.register(name),
        value,
        defaultChecked: Array.isArray(start) ? start.includes(value) : start === value,
      };
    },
    summary: summaryText ? (
      <FormSummary ref={summaryRef} tone={refusal || browserRefused ? 'error' : 'success'}>
        {summaryText}
      </FormSummary>
    ) : null,
  };
}

/** The message above a form, focusable so that focus can be moved to it. */
function FormSummary({
  ref,
  tone,
  children,
}: {
  ref: Ref<HTMLDivElement>;
  tone: 'error' | 'success';
  children: string;
}) {
  return (
    <div ref={ref} tabIndex={-1} className="focus-visible:ring-brand-800 outline-none focus-visible:ring-2">
      <FormAlert tone={tone}>{children}</FormAlert>
    </div>
  );
}

/** A form's submit button, which says it is working while the form is being sent. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  variant = 'primary',
  ariaLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary';
  /** A fuller name for screen readers (it starts with `label`), when a page has many such buttons. */
  ariaLabel?: string;
}) {
  return (
    <div>
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={buttonClasses(variant)}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
