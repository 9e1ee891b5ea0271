'use server';

// Entry points of the account forms (/account). Thin: who is asking, the change in mutations.ts,
// then revalidate and return (or redirect, for a new password).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/auth/config';
import { clientAddress } from '@/lib/auth/request';
import { getCurrentSessionId, getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import type { Result } from '@/lib/forms/result';
import {
  changeOwnPassword,
  confirmEmailChange,
  endOtherOwnSessions,
  endOwnSession,
  requestEmailChange,
  updateOwnName,
} from './mutations';

const passwords = ['currentPassword', 'newPassword', 'confirmPassword'];

export const updateOwnNameAction = formAction(async (values) => {
  const result = await updateOwnName(await getViewer(), values, { ip: await clientAddress() });
  // The header shows the name on every page.
  if (result.ok) revalidatePath('/', 'layout');
  return result;
});

export const requestEmailChangeAction = formAction(
  async (values) => requestEmailChange(await getViewer(), values, { ip: await clientAddress() }),
  { secret: passwords },
);

/** The button on an email-change link's page (no sign-in needed: the link is the proof). */
export const confirmEmailChangeAction = formAction(async (values) => {
  const result = await confirmEmailChange(values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/account');
  // The link is used up, so its page would now say it no longer works: say it is done elsewhere.
  redirect('/confirm-email/done');
});

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

/**
 * The sessions form: a row's button ends that session (`sessionId`); "sign out everywhere else"
 * (`intent=others`) ends all but this one. One action, so the answer stays in the one form.
 */
export const endOwnSessionsAction = formAction(async (values): Promise<Result> => {
  const [viewer, sessionId, ip] = await Promise.all([getViewer(), getCurrentSessionId(), clientAddress()]);
  if (values.intent === 'others') {
    const result = await endOtherOwnSessions(viewer, { ip, sessionId });
    if (!result.ok) return result;
    revalidatePath('/account');
    return { ok: true, message: result.message };
  }
  const result = await endOwnSession(viewer, values, { ip, sessionId });
  // This device's own session: its row is gone, so clear the cookie and leave the member area.
  if (!result.ok) return result;
  if (result.data.endedCurrent) await signOut({ redirectTo: '/' });
  revalidatePath('/account');
  return { ok: true, message: result.message };
});
