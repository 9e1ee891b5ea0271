'use server';

// Entry points of the themes forms (/manage/themes). Thin: who is asking and from where, then the
// rules in mutations.ts, then fresh pages: a theme's label shows on public pages and in forms.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { createTheme, renameTheme } from './mutations';

export const createThemeAction = formAction(async (values) => {
  const result = await createTheme(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) revalidatePath('/manage/themes');
  return result.ok ? { ok: true, message: result.message } : result;
});

export const renameThemeAction = formAction(async (values) => {
  const result = await renameTheme(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok && result.message === 'saved') {
    refreshPublicPages();
    revalidatePath('/manage/themes');
  }
  return result;
});
