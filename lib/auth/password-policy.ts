// The server's part of the password rules: refusing the ~49,000 common passwords that
// @zxcvbn-ts/language-common ships. Forms share their schema with the browser (lib/auth/password-rules.ts);
// server code parses with `rejectingCommonPasswords(schema, field)`, which adds this check.
import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { z } from 'zod';

let commonPasswords: Set<string> | null = null;

export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** The form's schema plus the common-password check on `field` (message key `tooCommon`). */
export function rejectingCommonPasswords<S extends z.ZodType<Record<string, unknown>>>(schema: S, field: string) {
  return schema.superRefine((values, context) => {
    const password = values[field];
    if (typeof password === 'string' && isCommonPassword(password)) {
      context.addIssue({ code: 'custom', path: [field], message: 'tooCommon' });
    }
  });
}
