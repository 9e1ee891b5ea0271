'use server';

// Entry point of the organisation profile form (/account/organization). Thin: who is asking, the
// change in mutations.ts, then revalidate and return.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { updateOrganizationProfile } from './mutations';
import { profileListFields } from './profile-fields';

/** The form names the organisation in a hidden `organizationId` field; the policy decides. */
export const updateOrganizationProfileAction = formAction(
  async (values) => {
    const organizationId = typeof values.organizationId === 'string' ? values.organizationId : '';
    const result = await updateOrganizationProfile(await getViewer(), organizationId, values, {
      ip: await clientAddress(),
    });
    if (!result.ok) return result;
    refreshPublicPages();
    revalidatePath('/account/organization');
    return { ok: true, message: result.message };
  },
  { lists: profileListFields },
);
