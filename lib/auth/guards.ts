// For pages: the viewer, or the right interruption. A visitor is sent to sign in (and back); a
// signed-in member without the right gets 403; a record that is not there (or not theirs to know
// about) 404. Server actions and route handlers check `can` themselves and return the refusal
// (lib/forms/result.ts) instead.
import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import type { Refusal } from '../forms/result';
import { can, type Action, type Subjects, type Viewer } from './policy';
import { getViewer } from './viewer';

/** The sign-in page, coming back to `returnTo` once signed in. */
export const signInPath = (returnTo: string) => `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`;

export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(returnTo));
  return viewer;
}

export async function requirePermission<A extends Action>(
  returnTo: string,
  action: A,
  subject: Subjects[A],
): Promise<Viewer> {
  const viewer = await requireViewer(returnTo);
  if (!can(viewer, action, subject)) forbidden();
  return viewer;
}

/** The page a refusal stands for: sign in (401, and back to `returnTo`), 403, or 404. */
export function refusalPage(refusal: Refusal, returnTo: string): never {
  if (refusal.status === 401) redirect(signInPath(returnTo));
  if (refusal.status === 403) forbidden();
  notFound();
}

/** A read's data, or the page its refusal stands for. */
export function dataOrRefusalPage<T>(result: { ok: true; data: T } | Refusal, returnTo: string): T {
  if (!result.ok) refusalPage(result, returnTo);
  return result.data;
}
