// What a new password must be (NIST SP 800-63B): 8 to 128 characters, no composition rules, and not
// one of the ~49,000 common passwords that @zxcvbn-ts/language-common ships.
import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

export const passwordMinLength = 8;
export const passwordMaxLength = 128;

let commonPasswords: Set<string> | null = null;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** A new password. Messages are keys of the `auth.password` catalogue. */
export const newPasswordSchema = z
  .string()
  .min(passwordMinLength, { error: 'tooShort' })
  .max(passwordMaxLength, { error: 'tooLong' })
  .refine((password) => !isCommonPassword(password), { error: 'tooCommon' });
