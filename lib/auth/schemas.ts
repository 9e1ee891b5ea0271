// Forms of the sign-in pages, shared by the browser (react-hook-form) and the server.
// Error messages are keys of `auth.errors`; a new password's are keys of `auth.passwordRules`.
import { z } from 'zod';
import type { Refusal } from '../forms/result';
import { newPasswordSchema } from './password-rules';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'emailRequired' })
  .max(254, { error: 'emailInvalid' })
  .pipe(z.email({ error: 'emailInvalid' }));

const nowhere = 'http://portal.invalid';

/**
 * `value` if it is a path on this portal, else null. Browsers drop tabs and line breaks from an
 * address and read a backslash as a slash, so "/\t/evil.example" or "/\\evil.example" would become
 * "//evil.example", another site: any control character or backslash refuses the value, and what is
 * left must resolve to this portal's origin.
 */
export function portalPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(value, nowhere);
  } catch {
    return null;
  }
  return url.origin === nowhere ? `${url.pathname}${url.search}${url.hash}` : null;
}

/** Only paths on this portal, so a crafted link cannot send someone elsewhere after sign-in. */
export const callbackPathSchema = z
  .unknown()
  .optional()
  .transform((value) => portalPath(value) ?? '/account');

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'passwordRequired' }).max(1024, { error: 'passwordRequired' }),
  callbackUrl: callbackPathSchema,
});

export type SignInInput = z.input<typeof signInSchema>;

/**
 * What the sign-in form shows for an error of /api/sign-in (a key of `auth.errors`), whether it came
 * as JSON or, without JavaScript, in the address of the page the route redirected to.
 */
export function signInRefusal(error: string, retryAfterSeconds?: number): Refusal {
  return {
    ok: false,
    status: 400,
    message: error,
    params: { minutes: retryAfterSeconds ? Math.ceil(retryAfterSeconds / 60) : 15 },
  };
}

/** Asking for a sign-in link by mail: only the address. */
export const signInLinkRequestSchema = signInSchema.pick({ email: true });
export type SignInLinkRequestInput = z.input<typeof signInLinkRequestSchema>;

/** Asking for a password reset link by mail: only the address. */
export const passwordResetRequestSchema = signInSchema.pick({ email: true });
export type PasswordResetRequestInput = z.input<typeof passwordResetRequestSchema>;

/**
 * The token of a mailed link. Only its size is checked here; an empty or unknown one is answered
 * like a used or expired one, by the database lookup.
 */
export const linkTokenSchema = z.string().max(200, { error: 'linkInvalid' });

/** The button that uses a sign-in link. */
export const signInWithLinkSchema = z.object({ token: linkTokenSchema });
export type SignInWithLinkInput = z.input<typeof signInWithLinkSchema>;

/**
 * Choosing a password from a mailed link (invitation or reset), typed twice. The password's
 * messages are keys of `auth.passwordRules`, the others of `auth.errors`.
 */
export const setPasswordSchema = z
  .object({
    token: linkTokenSchema,
    password: newPasswordSchema,
    confirmPassword: z.string().min(1, { error: 'confirmPasswordRequired' }).max(1024, { error: 'passwordsDiffer' }),
  })
  .refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    error: 'passwordsDiffer',
    // Also when the password itself breaks a rule, so both messages show at once.
    when: ({ value }) => {
      const values = value as Partial<Record<'password' | 'confirmPassword', unknown>> | undefined;
      return typeof values?.password === 'string' && typeof values.confirmPassword === 'string';
    },
  });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;
