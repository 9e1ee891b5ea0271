'use server';

// The server actions of membership applications: thin wrappers that add the request's facts (the
// viewer, the client's address) to the functions in mutations.ts, which hold the rules.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { approveApplication, rejectApplication, submitApplication } from './mutations';
import { applicationListFields } from './schemas';

export const submitApplicationAction = formAction(
  async (values) => {
    const result = await submitApplication(await getViewer(), values, { ip: await clientAddress() });
    if (result.ok) revalidatePath('/manage/applications', 'layout');
    return result;
  },
  { lists: applicationListFields },
);

export const approveApplicationAction = formAction(async (values) => {
  const result = await approveApplication(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/manage/applications', 'layout');
  // The new organisation is in the directory.
  refreshPublicPages();
  redirect(`/manage/applications/${encodeURIComponent(String(values.id))}?outcome=${result.message ?? 'approved'}`);
});

export const rejectApplicationAction = formAction(async (values) => {
  const result = await rejectApplication(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/manage/applications', 'layout');
  redirect(`/manage/applications/${encodeURIComponent(String(values.id))}?outcome=${result.message ?? 'rejected'}`);
});
