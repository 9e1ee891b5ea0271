'use server';

// The sign-in pages' writes. Anyone may ask for a link or use one, so there is no policy to ask;
// each action parses its form, lets lib/auth/mail-sign-in.ts do the work, and on success starts the
// session, which answers with a redirect to /account.
import { AuthError } from 'next-auth';
import { formValues, invalid, type ActionResult } from '../forms/result';
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

/** The form state of useActionState: nothing before the first submission. */
type FormState = ActionResult | null;

export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  const parsed = signInLinkRequestSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error);
  return requestSignInLink(parsed.data);
}

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  const parsed = passwordResetRequestSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error);
  return requestPasswordReset(parsed.data);
}

export async function signInWithLinkAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  const parsed = signInWithLinkSchema.safeParse(formValues(formData));
  if (!parsed.success) return linkInvalid;
  return startSession(await signInWithLink(parsed.data));
}

export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<ActionResult> {
  const parsed = setPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalid(parsed.error);
  return startSession(await setPasswordWithLink(parsed.data, await clientAddress()));
}

/** Signs in with a granted ticket and redirects to /account; a refusal is returned to the form. */
async function startSession(grant: SignInGrant): Promise<ActionResult> {
  if (!grant.ok) return grant;
  if (!grant.data) throw new Error('A sign-in grant without a ticket');
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn('credentials', { ticket: grant.data.ticket, redirectTo: '/account' });
  } catch (error) {
    // Auth.js refused the ticket: the member was suspended or their sessions ended in between.
    if (error instanceof AuthError) return linkInvalid;
    throw error;
  }
  throw new Error('signIn returned instead of redirecting');
}
