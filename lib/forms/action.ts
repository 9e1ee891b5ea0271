// The one way a form reaches the server: a `'use server'` module exports
//   export const saveThingAction = formAction(async (values) => { ...; return result; }, { lists: [...] });
// and the form (components/ui/form.tsx `useActionForm`) passes it to useActionState. The wrapper
// reads the FormData into plain values for zod, runs the write, and on a refusal sends the values
// back (minus secrets such as passwords), so a form posted without JavaScript is rendered again
// with what was typed. The write itself keeps the house order: who -> may they -> parse -> change.
import { formValues, type Refusal, type Result, type SubmittedValues } from './result';

/** What useActionState holds for a form: nothing before the first submission, then the last answer. */
export type FormState<T = undefined> = (Result<T> & { values?: SubmittedValues }) | null;

/** Any form's answer, as the form itself reads it (success and its message, or the refusal). */
export type FormAnswer = ({ ok: true; data?: unknown; message?: string } | Refusal) & { values?: SubmittedValues };

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

export function formAction<T = undefined>(
  write: (values: SubmittedValues) => Promise<Result<T>>,
  options: FormActionOptions = {},
): FormAction<T> {
  return async (_previous, formData) => {
    const values = formValues(formData, options.lists);
    const result = await write(values);
    if (result.ok) return result;
    const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !options.secret?.includes(name)));
    return { ...result, values: kept };
  };
}
