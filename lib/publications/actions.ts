'use server';

// Entry points of the publication forms (/manage/publications, /manage/review, /account/submissions).
// Thin: who is asking and from where, the rules in mutations.ts, then fresh pages and the next page.
import { redirect } from 'next/navigation';
import { isStaff, type MaybeViewer } from '@/lib/auth/policy';
import { clientAddress, type RequestMeta } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { changeAttachment } from './attachments';
import { createPublication, transitionPublication, updatePublication } from './mutations';
import { filesAnchorOf, refreshWorkspaces, sectionAnchorOf, workspaceOf } from './pages';
import { addSection, changeSection, updateSection, type SectionChange } from './sections';
import { publicationListFields } from './schemas';

/** A new draft; its page opens, where it is submitted or published. */
export const createPublicationAction = formAction(
  async (values) => {
    const viewer = await getViewer();
    const result = await createPublication(viewer, values, { ip: await clientAddress() });
    if (!result.ok) return result;
    refreshWorkspaces();
    redirect(`${workspaceOf(isStaff(viewer), result.data.id)}?outcome=created`);
  },
  { lists: publicationListFields },
);

export const updatePublicationAction = formAction(
  async (values) => {
    const result = await updatePublication(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    refreshWorkspaces();
    // What readers see changed only if it is in the library.
    if (result.data.status === 'PUBLISHED') refreshPublicPages();
    return { ok: true, message: result.message };
  },
  { lists: publicationListFields },
);

/** The steps that put a publication into the library or take it out; the others change no public page. */
const libraryChangingSteps = new Set(['approve', 'publish', 'unpublish', 'archive']);

/**
 * One step of the workflow. Back to the review queue when the step was taken there (a hidden
 * `from=review`), else to the publication's page, saying what happened.
 */
export const transitionPublicationAction = formAction(async (values) => {
  const viewer = await getViewer();
  const result = await transitionPublication(viewer, values, { ip: await clientAddress() });
  if (!result.ok) return result;
  refreshWorkspaces();
  if (libraryChangingSteps.has(result.message ?? '')) refreshPublicPages();
  const outcome = `outcome=${result.message ?? 'moved'}`;
  if (values.from === 'review') redirect(`/manage/review?${outcome}`);
  redirect(`${workspaceOf(isStaff(viewer), String(values.publicationId))}?${outcome}`);
});

/** Removes a file, or moves it one place up or down; back to the publication's files. */
export const changeAttachmentAction = formAction(async (values) => {
  const viewer = await getViewer();
  const result = await changeAttachment(viewer, values, { ip: await clientAddress() });
  if (!result.ok) return result;
  refreshWorkspaces();
  if (result.data.status === 'PUBLISHED') refreshPublicPages();
  const page = workspaceOf(isStaff(viewer), String(values.publicationId));
  redirect(`${page}?outcome=${result.message}#${filesAnchorOf(result.data.sectionId)}`);
});

/** A change to a toolkit's sections, answered like the files: back to the section, saying what happened. */
function sectionAction(change: (viewer: MaybeViewer, values: unknown, meta: RequestMeta) => Promise<SectionChange>) {
  return formAction(async (values) => {
    const viewer = await getViewer();
    const result = await change(viewer, values, { ip: await clientAddress() });
    if (!result.ok) return result;
    refreshWorkspaces();
    if (result.data.status === 'PUBLISHED') refreshPublicPages();
    const page = workspaceOf(isStaff(viewer), String(values.publicationId));
    redirect(`${page}?outcome=${result.message}#${sectionAnchorOf(result.data.sectionId)}`);
  });
}

export const addSectionAction = sectionAction(addSection);
export const updateSectionAction = sectionAction(updateSection);
export const changeSectionAction = sectionAction((viewer, values, meta) => changeSection(viewer, values, meta));
