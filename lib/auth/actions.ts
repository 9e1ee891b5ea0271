'use server';

// The sign-in pages' writes. Anyone may ask for a link or use one, so there is no policy to ask;
// each action parses its form, lets mail-sign-in.ts do the work, and on success starts the session,
// which answers with a redirect to /account.
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { formAction } from '../forms/action';
import { invalid, type Result } from '../forms/result';
import { signIn, signOut } from './config';
import {
  linkInvalid,
  requestPasswordReset,
  requestSignInLink,
  setPasswordWithLink,
  signInWithLink,
  type SignInGrant,
} from './mail-sign-in';
import { clientAddress } from './request';
import { continueSignIn } from './sign-in-steps';
import {
  passwordResetRequestSchema,
  setPasswordSchema,
  signInLinkRequestSchema,
  signInWithLinkSchema,
} from './schemas';

/** Ends the session on this device and returns home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

export const requestSignInLinkAction = formAction(async (values) => {
  const parsed = signInLinkRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  return requestSignInLink(parsed.data, { ip: await clientAddress() });
});

export const requestPasswordResetAction = formAction(async (values) => {
  const parsed = passwordResetRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  return requestPasswordReset(parsed.data, { ip: await clientAddress() });
});

export const signInWithLinkAction = formAction(async (values) => {
  const parsed = signInWithLinkSchema.safeParse(values);
  if (!parsed.success) return linkInvalid;
  return startSession(await signInWithLink(parsed.data));
});

export const setPasswordAction = formAction(
  async (values) => {
    const parsed = setPasswordSchema.safeParse(values);
    // A malformed token is answered like an unknown one.
    if (!parsed.success) {
      return parsed.error.issues.some((issue) => issue.path[0] === 'token') ? linkInvalid : invalid(parsed.error);
    }
    return startSession(await setPasswordWithLink(parsed.data, { ip: await clientAddress() }));
  },
  { secret: ['password', 'confirmPassword'] },
);

/**
 * Signs in with a granted ticket and redirects to /account (or to the second step first, for a
 * member with a second factor); a refusal is returned to the form.
 */
async function startSession(grant: SignInGrant): Promise<Result> {
  if (!grant.ok) return grant;
  const next = await continueSignIn(grant.data.ticket, '/account');
  if ('secondStep' in next) redirect(next.secondStep);
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn('credentials', { ticket: next.signInWith, redirectTo: '/account' });
  } catch (error) {
    // Auth.js refused the ticket: the member was suspended or their sessions ended in between.
    if (error instanceof AuthError) return linkInvalid;
    throw error;
  }
  throw new Error('signIn returned instead of redirecting');
}
