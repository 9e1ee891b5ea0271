// Forms of the account page (/account), shared by the browser (react-hook-form) and the server.
// Error messages are keys: of `account.fieldErrors`, else of `auth.passwordRules` / `auth.errors`.
import { z } from 'zod';
import { newPasswordSchema } from '../auth/password-rules';
import { emailSchema } from '../auth/schemas';

export const nameMaxLength = 120;

/** The current password, asked before a change of email or password. Only checked, never stored. */
const currentPasswordSchema = z
  .string()
  .min(1, { error: 'currentPasswordRequired' })
  .max(1024, { error: 'currentPasswordRequired' });

export const updateNameSchema = z.object({
  name: z.string().trim().min(1, { error: 'nameRequired' }).max(nameMaxLength, { error: 'nameTooLong' }),
});

export type UpdateNameInput = z.input<typeof updateNameSchema>;

export const changeEmailSchema = z.object({
  email: emailSchema,
  currentPassword: currentPasswordSchema,
});

export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(1024, { error: 'passwordsDiffer' }),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    error: 'passwordsDiffer',
  });

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** The "end this session" button: which of the viewer's own sessions. */
export const endOwnSessionSchema = z.object({
  sessionId: z.string({ error: 'sessionRequired' }).trim().min(1, { error: 'sessionRequired' }).max(64, {
    error: 'sessionRequired',
  }),
});

export type EndOwnSessionInput = z.input<typeof endOwnSessionSchema>;

/** The confirm button of an email-change link: the link's token (a hidden field). */
export const confirmEmailChangeSchema = z.object({ token: z.string().trim().min(1).max(200) });
