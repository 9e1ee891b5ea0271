// The second factor's forms. A code is what a person types: the six digits of their app (spaces
// allowed) or a recovery code (hyphens and case as they like); the server tells which.
import { z } from 'zod';
import { callbackPathSchema } from '../auth/schemas';

/** A code from the app or a recovery code, trimmed; spaces inside are dropped. */
export const secondFactorCodeSchema = z
  .string({ error: 'codeRequired' })
  .trim()
  .min(1, { error: 'codeRequired' })
  .max(40, { error: 'codeNotRecognised' })
  .transform((code) => code.replace(/\s+/g, ''));

/** Only the app's six digits (setting up, where there are no recovery codes yet). */
export const totpCodeSchema = secondFactorCodeSchema.pipe(z.string().regex(/^\d{6}$/, { error: 'codeFormat' }));

/** The second step of signing in: the code, and where to go afterwards. */
export const signInCodeSchema = z.object({ code: secondFactorCodeSchema, callbackUrl: callbackPathSchema });
export type SignInCodeInput = z.input<typeof signInCodeSchema>;

/**
 * Setting up the app: the signed setup (secret and recovery codes as the page showed them, see
 * mutations.ts) and the first code, which proves the app has the secret.
 */
export const secondFactorSetupSchema = z.object({
  setup: z.string().min(1).max(4000),
  code: totpCodeSchema,
});
export type SecondFactorSetupInput = z.input<typeof secondFactorSetupSchema>;

export const setupAtSignInSchema = secondFactorSetupSchema.extend({ callbackUrl: callbackPathSchema });

/** Turning it off, or making new recovery codes: a current code says it is really them. */
export const confirmWithCodeSchema = z.object({ code: secondFactorCodeSchema });
export type ConfirmWithCodeInput = z.input<typeof confirmWithCodeSchema>;
