// Forms of the sign-in pages, shared by the browser (react-hook-form) and the server.
// Error messages are keys of the `auth` catalogue.
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'emailRequired' })
  .max(254, { error: 'emailInvalid' })
  .pipe(z.email({ error: 'emailInvalid' }));

/** Only paths on this portal, so a crafted link cannot send someone elsewhere after sign-in. */
export const callbackPathSchema = z
  .string()
  .optional()
  .transform((value) => (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/account'));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: 'passwordRequired' }).max(1024, { error: 'passwordRequired' }),
  callbackUrl: callbackPathSchema,
});

export type SignInInput = z.input<typeof signInSchema>;
