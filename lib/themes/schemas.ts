// Forms of the themes vocabulary (/manage/themes): add a theme, reword one. Error messages are keys
// of the `themes.errors` catalogue.
import { z } from 'zod';
import { themeSlugSchema } from '@/lib/forms/fields';

export const themeLabelMaxLength = 60;

/** A theme's label: one line, spaces collapsed, with letters or digits. */
const themeLabelSchema = z
  .string({ error: 'labelRequired' })
  .transform((label) => label.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'labelRequired' })
      .max(themeLabelMaxLength, { error: 'labelTooLong' })
      .regex(/[\p{L}\p{N}]/u, { error: 'labelInvalid' }),
  );

/** Add a theme: its label; the slug is made from it once and never changes. */
export const createThemeSchema = z.object({ label: themeLabelSchema });

export type CreateThemeInput = z.input<typeof createThemeSchema>;

/** Reword a theme, named by its slug (a hidden field). */
export const renameThemeSchema = z.object({ slug: themeSlugSchema, label: themeLabelSchema });

export type RenameThemeInput = z.input<typeof renameThemeSchema>;
