'use server';

// Entry points of the account forms (/account). Thin: who is asking, the change in mutations.ts,
// then revalidate and return (or redirect, for a new password).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/config';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { changeOwnEmail, changeOwnPassword, updateOwnName } from './mutations';

const passwords = ['currentPassword', 'newPassword', 'confirmPassword'];

export const updateOwnNameAction = formAction(async (values) => {
  const result = await updateOwnName(await getViewer(), values, { ip: await clientAddress() });
  // The header shows the name on every page.
  if (result.ok) revalidatePath('/', 'layout');
  return result;
});

export const changeOwnEmailAction = formAction(
  async (values) => {
    const result = await changeOwnEmail(await getViewer(), values, { ip: await clientAddress() });
    if (result.ok) revalidatePath('/account');
    return result;
  },
  { secret: passwords },
);

export const changeOwnPasswordAction = formAction(
  async (values) => {
    const result = await changeOwnPassword(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    // The other sessions ended with the old session version; this device signs in with the new one.
    await signIn('credentials', { ticket: result.data.ticket, redirect: false });
    // A new request, so that the page renders with the new session cookie (a render in this one
    // would still read the old cookie, whose session has just ended).
    redirect('/account?saved=password');
  },
  { secret: passwords },
);
