// For pages: the viewer, or the right interruption. A visitor is sent to sign in (and back); a
// signed-in member without the right gets 403. Server actions and route handlers check `can`
// themselves and return `denied(viewer)` (lib/forms/result.ts) instead.
import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, type Action, type Subjects, type Viewer } from './policy';
import { getViewer } from './viewer';

export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
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
