// What every write returns: success, or a refusal the form can show (a catalogue key for the whole
// form, and per-field keys beside the fields). Denials carry the HTTP status they stand for.
import { z } from 'zod';
import type { MaybeViewer } from '../auth/policy';

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409 | 429; message: string; fieldErrors?: FieldErrors };

/** A refusal: what a write or a read answers when it will not serve. */
export type Refusal = Extract<ActionResult, { ok: false }>;

/** A read's answer: the data, or the refusal (401, 403, 404) a write would give. */
export type ReadResult<T> = { ok: true; data: T } | Refusal;

/** denied() and notFound() as what they always are: refusals. */
export const refusal = (result: ActionResult<never>) => result as Refusal;

/** 401 for a visitor, 403 for a signed-in member without the right. */
export function denied(viewer: MaybeViewer): ActionResult<never> {
  return viewer
    ? { ok: false, status: 403, message: 'forbidden' }
    : { ok: false, status: 401, message: 'signInRequired' };
}

export function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, status: 400, message: 'invalidInput', fieldErrors: z.flattenError(error).fieldErrors };
}

export function notFound(): ActionResult<never> {
  return { ok: false, status: 404, message: 'notFound' };
}

/**
 * A submitted form as a plain object for zod. Fields named in `lists` (checkbox groups, multiple
 * selects) become arrays; the others keep their last value. Files are left out.
 */
export function formValues(formData: FormData, lists: string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of lists) values[name] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    if (lists.includes(name)) (values[name] as string[]).push(value);
    else values[name] = value;
  }
  return values;
}
