'use server';

// Entry point of the organisation profile form (/account/organization). Thin: who is asking, the
// form as plain values, the change in lib/directory/profile.ts, then revalidate and return.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formValues, notFound, type ActionResult } from '@/lib/forms/result';
import { updateOrganizationProfile } from './profile';

/** A result, and on failure what was sent, so a form posted without JavaScript keeps its edits. */
export type ProfileFormState = ActionResult & { values?: Record<string, unknown> };

/** Bound to the organisation's id by the page: `updateOrganizationProfileAction.bind(null, id)`. */
export async function updateOrganizationProfileAction(
  organizationId: string,
  _previous: ProfileFormState | null,
  formData: FormData,
): Promise<ProfileFormState> {
  if (typeof organizationId !== 'string') return notFound();
  const values = formValues(formData, ['themes', 'countries']);
  const result = await updateOrganizationProfile(await getViewer(), organizationId, values, await clientAddress());
  if (!result.ok) return { ...result, values };
  revalidatePath('/directory', 'layout');
  revalidatePath('/regions', 'layout');
  revalidatePath('/account/organization');
  return { ok: true, message: result.message };
}
