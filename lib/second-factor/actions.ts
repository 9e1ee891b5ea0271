'use server';

// Entry points of the second factor's forms. Signing in (/sign-in/second-factor) needs no session:
// the first factor held in this browser's cookie is the proof (lib/auth/sign-in-steps.ts). Managing
// it (/account/second-factor) needs the member's session. Each works as a plain form post.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { signIn } from '../auth/config';
import { clientAddress } from '../auth/request';
import { dropHeldFirstFactor, readHeldFirstFactor } from '../auth/sign-in-steps';
import { getViewer } from '../auth/viewer';
import { formAction } from '../forms/action';
import { refused, type Result } from '../forms/result';
import {
  completeSignInWithCode,
  completeSignInWithSetup,
  disableSecondFactor,
  enableSecondFactor,
  replaceRecoveryCodes,
  type SignInStepResult,
} from './mutations';

/** Starts the session of a completed second step and goes where the member was going. */
async function finishSignIn(result: SignInStepResult): Promise<Result> {
  if (!result.ok) return result;
  await dropHeldFirstFactor();
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn('credentials', { ticket: result.data.ticket, redirectTo: result.data.callbackUrl });
  } catch (error) {
    // The member was suspended or their sessions ended in between.
    if (error instanceof AuthError) return refused(400, 'signInAgain');
    throw error;
  }
  throw new Error('signIn returned instead of redirecting');
}

export const signInWithCodeAction = formAction(async (values) =>
  finishSignIn(await completeSignInWithCode(await readHeldFirstFactor(), values, { ip: await clientAddress() })),
);

export const signInWithSetupAction = formAction(async (values) =>
  finishSignIn(await completeSignInWithSetup(await readHeldFirstFactor(), values, { ip: await clientAddress() })),
);

export const enableSecondFactorAction = formAction(async (values) => {
  const result = await enableSecondFactor(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/account', 'layout');
  redirect('/account/second-factor?saved=on');
});

export const replaceRecoveryCodesAction = formAction(async (values) => {
  const result = await replaceRecoveryCodes(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) revalidatePath('/account', 'layout');
  return result;
});

export const disableSecondFactorAction = formAction(async (values) => {
  const result = await disableSecondFactor(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/account', 'layout');
  redirect('/account/second-factor?saved=off');
});
