// The one way a form reaches the server: a `'use server'` module exports
//   export const saveThingAction = formAction(async (values) => { ...; return result; }, { lists: [...] });
// and the form (components/ui/form.tsx `useActionForm`) passes it to useActionState. The wrapper
// reads the FormData into plain values for zod, runs the write, and on a refusal sends the values
// back (minus secrets such as passwords), so a form posted without JavaScript is rendered again
// with what was typed. The write itself keeps the house order: who -> may they -> parse -> change.
import { formValues, refused, type Refusal, type Result, type SubmittedValues } from './result';

/** What useActionState holds for a form: nothing before the first submission, then the last answer. */
export type FormState<T = undefined> = (Result<T> & { values?: SubmittedValues }) | null;

/** Any form's answer, as the form itself reads it (success and its message, or the refusal). */
export type FormAnswer = (
  { ok: true; data?: unknown; message?: string; params?: Record<string, string | number> } | Refusal
) & { values?: SubmittedValues };

/**
 * A server action as a form calls it. The previous state is not read (each submission stands
 * alone), which lets one form component take any action whatever its data.
 */
export type FormAction<T = undefined> = (previous: unknown, formData: FormData) => Promise<FormState<T>>;

export interface FormActionOptions {
  /** Fields that are lists (checkbox groups, multiple selects). */
  lists?: readonly string[];
  /** Fields never sent back to the browser (passwords). */
  secret?: readonly string[];
}

/**
 * Control characters other than tab and line breaks have no place in a form value, and a NUL byte
 * is refused by PostgreSQL itself (a 500 if it got that far): such a field is refused beside it.
 */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function controlCharacterRefusal(values: SubmittedValues): Refusal | null {
  const fields = Object.entries(values)
    .filter(([, value]) =>
      (Array.isArray(value) ? value : [value]).some((item) => controlCharacters.test(String(item))),
    )
    .map(([name]) => name);
  if (fields.length === 0) return null;
  return {
    ok: false,
    status: 400,
    message: 'invalidInput',
    fieldErrors: Object.fromEntries(fields.map((name) => [name, ['invalidCharacters']])),
  };
}

const withoutControls = (value: string) => value.replace(new RegExp(controlCharacters, 'g'), '');

export function formAction<T = undefined>(
  write: (values: SubmittedValues) => Promise<Result<T>>,
  options: FormActionOptions = {},
): FormAction<T> {
  return async (_previous, formData) => {
    // A server action is a public endpoint: a hand-made call may pass anything as its arguments.
    if (!(formData instanceof FormData)) return refused(400, 'invalidInput');
    const values = formValues(formData, options.lists);
    const result = controlCharacterRefusal(values) ?? (await write(values));
    if (result.ok) return result;
    const kept: SubmittedValues = Object.fromEntries(
      Object.entries(values)
        .filter(([name]) => !options.secret?.includes(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value.map(withoutControls) : withoutControls(value)]),
    );
    return { ...result, values: kept };
  };
}
