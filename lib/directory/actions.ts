'use server';

// Entry points of the organisation profile form (/account/organization), of its "Remove logo"
// button (setting a logo streams a file, so it posts to a route handler instead:
// app/api/organizations/[id]/logo) and of an admin's trust switch (/directory/[slug]). Thin: who is
// asking, the change in mutations.ts or logos.ts, then revalidate.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { removeOrganizationLogo } from './logos';
import { setOrganizationTrust, updateOrganizationProfile } from './mutations';
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

/** An admin's switch on an organisation's page: its members publish without review, or not. */
export const setOrganizationTrustAction = formAction(async (values) => {
  const result = await setOrganizationTrust(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  // Only signed-in pages show it (and the steps its members may take), never a visitor's page.
  revalidatePath('/directory/[slug]', 'page');
  revalidatePath('/account/submissions', 'layout');
  return { ok: true, message: result.message };
});

/** The "Remove logo" button of the profile page: the organisation in a hidden `organizationId` field. */
export const removeOrganizationLogoAction = formAction(async (values) => {
  const result = await removeOrganizationLogo(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  // The directory's cards and the profile page show it to visitors.
  refreshPublicPages();
  revalidatePath('/account/organization');
  return { ok: true, message: result.message };
});
