// Where publications are worked on, for the actions and route handlers that lead back there.
import 'server-only';
import { revalidatePath } from 'next/cache';

/** Where a publication is worked on: staff in /manage, its author in /account. */
export const workspaceOf = (staff: boolean, id: string) =>
  `${staff ? '/manage/publications' : '/account/submissions'}/${encodeURIComponent(id)}`;

/** Pages that list publications for those who write and review them. */
export function refreshWorkspaces(): void {
  revalidatePath('/manage/publications', 'layout');
  revalidatePath('/manage/review');
  revalidatePath('/account/submissions', 'layout');
}

/** The workspace's anchor for a toolkit section (its files included), or for the publication's files. */
export const filesAnchorOf = (sectionId: string | null) => (sectionId ? sectionAnchorOf(sectionId) : 'files');

/** The workspace's anchor for a section, or for the list of sections when there is none (it was removed). */
export const sectionAnchorOf = (sectionId: string | null) => (sectionId ? `toolkit-section-${sectionId}` : 'sections');
