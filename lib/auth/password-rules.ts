// What a new password must be (NIST SP 800-63B): 8 to 128 characters and no composition rules. This
// file is safe for the browser; the check against common passwords runs on the server only
// (lib/auth/password-policy.ts), so the list of ~49,000 never ships to the browser.
import { z } from 'zod';

export const passwordMinLength = 8;
export const passwordMaxLength = 128;

/** A new password's length. Messages are keys of the `auth.passwordRules` catalogue. */
export const newPasswordSchema = z
  .string()
  .min(passwordMinLength, { error: 'tooShort' })
  .max(passwordMaxLength, { error: 'tooLong' });
