// What every read and every write answers: success (with its data when it has any), or a refusal
// that a form can show (a catalogue key for the whole form, and per-field keys beside the fields)
// and a page can turn into its status (lib/auth/guards.ts `orRefusalPage`). One shape, so a read
// never says "no" in a second way (null, a special object).
import { z } from 'zod';
import type { MaybeViewer } from '../auth/policy';

export type FieldErrors = Record<string, string[] | undefined>;

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503;

/** A refusal: what a write or a read answers when it will not serve. */
export interface Refusal {
  ok: false;
  status: RefusalStatus;
  /** A catalogue key about the whole form or page. */
  message: string;
  /** Catalogue keys per field. */
  fieldErrors?: FieldErrors;
  /** Values the message names, e.g. `{ minutes: 15 }`. */
  params?: Record<string, string | number>;
}

/** Success. When the operation has data (T is not undefined), `data` is always there. */
export type Success<T = undefined> = [T] extends [undefined]
  ? { ok: true; data?: undefined; message?: string; params?: Record<string, string | number> }
  : { ok: true; data: T; message?: string; params?: Record<string, string | number> };

export type Result<T = undefined> = Success<T> | Refusal;

/** 401 for a visitor, 403 for a signed-in member without the right. */
export function denied(viewer: MaybeViewer): Refusal {
  return viewer
    ? { ok: false, status: 403, message: 'forbidden' }
    : { ok: false, status: 401, message: 'signInRequired' };
}

/** 400 with zod's messages (catalogue keys) beside their fields. */
export function invalid(error: z.ZodError): Refusal {
  return { ok: false, status: 400, message: 'invalidInput', fieldErrors: z.flattenError(error).fieldErrors };
}

/** 404: the record is not there, or not for this viewer to know about. */
export function missing(message = 'notFound'): Refusal {
  return { ok: false, status: 404, message };
}

/** A refusal of one field (e.g. a name already taken), also said about the whole form. */
export function fieldRefusal(status: RefusalStatus, field: string, key: string, message = key): Refusal {
  return { ok: false, status, message, fieldErrors: { [field]: [key] } };
}

/**
 * A refusal of the whole form with a key of the form's catalogue (e.g. 409 alreadyReviewed), and
 * the values its message names (e.g. `{ minutes: 15 }`).
 */
export function refused(status: RefusalStatus, message: string, params?: Refusal['params']): Refusal {
  return params ? { ok: false, status, message, params } : { ok: false, status, message };
}

/** What a submitted form holds, as a plain object for zod: strings, and string lists for `lists`. */
export type SubmittedValues = Record<string, string | string[]>;

/**
 * A submitted form as a plain object for zod. Fields named in `lists` (checkbox groups, multiple
 * selects) become arrays; the others keep their last value. Files and React's own fields are left out.
 */
export function formValues(formData: FormData, lists: readonly string[] = []): SubmittedValues {
  const values: SubmittedValues = {};
  for (const name of lists) values[name] = [];
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    const list = values[name];
    if (lists.includes(name) && Array.isArray(list)) list.push(value);
    else values[name] = value;
  }
  return values;
}
