'use server';

// Entry points of the account forms (/account). Thin: who is asking, the form as plain values, the
// change in lib/members/account.ts, then revalidate and return (or redirect, for a new password).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn } from '../auth/config';
import { clientAddress } from '../auth/request';
import { getViewer } from '../auth/viewer';
import { formValues, type ActionResult } from '../forms/result';
import { changeOwnEmail, changeOwnPassword, updateOwnName } from './account';

/**
 * A result, and on failure the non-secret values that were sent, so a form posted without
 * JavaScript keeps them. Passwords are never sent back.
 */
export type AccountFormState = ActionResult & { values?: Record<string, string> };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

export async function updateOwnNameAction(
  _previous: AccountFormState | null,
  formData: FormData,
): Promise<AccountFormState> {
  const result = await updateOwnName(await getViewer(), formValues(formData), await clientAddress());
  if (!result.ok) return { ...result, values: { name: text(formData, 'name') } };
  // The header shows the name on every page.
  revalidatePath('/', 'layout');
  return result;
}

export async function changeOwnEmailAction(
  _previous: AccountFormState | null,
  formData: FormData,
): Promise<AccountFormState> {
  const result = await changeOwnEmail(await getViewer(), formValues(formData), await clientAddress());
  if (!result.ok) return { ...result, values: { email: text(formData, 'email') } };
  revalidatePath('/account');
  return result;
}

export async function changeOwnPasswordAction(
  _previous: AccountFormState | null,
  formData: FormData,
): Promise<AccountFormState> {
  const result = await changeOwnPassword(await getViewer(), formValues(formData), await clientAddress());
  if (!result.ok) return result;
  // The other sessions ended with the old session version; this device signs in with the new one.
  if (result.data) await signIn('credentials', { ticket: result.data.ticket, redirect: false });
  // A new request, so that the page renders with the new session cookie (a render in this one
  // would still read the old cookie, whose session has just ended).
  redirect('/account?saved=password');
}
