'use server';

// The server actions of membership applications: thin wrappers that add the request's facts (the
// viewer, the client's address) to the functions in applications.ts, which hold the rules.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formValues, type ActionResult } from '@/lib/forms/result';
import { approveApplication, rejectApplication, submitApplication } from './applications';
import { applicationListFields } from './schemas';

/** What the application form shows after a submission: the result and, to refill the form, the values sent. */
export type ApplicationFormState = (ActionResult<{ id: string }> & { values?: Record<string, unknown> }) | null;

/** Review forms: a refusal to show, with the values sent (success redirects to the application). */
export type ReviewFormState = (ActionResult & { values?: Record<string, unknown> }) | null;

export async function submitApplicationAction(
  _previous: ApplicationFormState,
  formData: FormData,
): Promise<ApplicationFormState> {
  const viewer = await getViewer();
  const values = formValues(formData, [...applicationListFields]);
  const result = await submitApplication(viewer, values, { ip: await clientAddress() });
  if (!result.ok) return { ...result, values };
  revalidatePath('/manage/applications', 'layout');
  // The confirmation names the address the acknowledgement went to.
  return { ...result, values: { contactEmail: values.contactEmail } };
}

export async function approveApplicationAction(
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const viewer = await getViewer();
  const values = formValues(formData);
  const result = await approveApplication(viewer, values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/manage/applications', 'layout');
  revalidatePath('/directory', 'layout');
  redirect(`/manage/applications/${encodeURIComponent(String(values.id))}?outcome=${result.message ?? 'approved'}`);
}

export async function rejectApplicationAction(
  _previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const viewer = await getViewer();
  const values = formValues(formData);
  const result = await rejectApplication(viewer, values, { ip: await clientAddress() });
  if (!result.ok) return { ...result, values };
  revalidatePath('/manage/applications', 'layout');
  redirect(`/manage/applications/${encodeURIComponent(String(values.id))}?outcome=${result.message ?? 'rejected'}`);
}
