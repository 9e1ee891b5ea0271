'use server';

import { signOut } from './config';

/** Ends the session on this device and returns home. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
