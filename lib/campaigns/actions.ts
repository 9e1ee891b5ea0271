'use server';

// Entry points of a campaign's signing form, of the withdrawal page, and of the forms staff run
// campaigns with (/manage/campaigns). Thin: who and from where; the rules and the mails in
// signing.ts, withdrawal.ts and management.ts; then fresh pages (public ones when a visitor would
// see the change) and the next page.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientAddress, type RequestMeta } from '@/lib/auth/request';
import type { MaybeViewer } from '@/lib/auth/policy';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import type { Result } from '@/lib/forms/result';
import type { CampaignStatus } from '@/lib/generated/prisma/enums';
import { refreshCampaignCounts, refreshPublicPages } from '@/lib/site/refresh-public-pages';
import {
  changeCampaignStatus,
  createCampaignDraft,
  decideHeldSignatures,
  postCampaignUpdate,
  removeCampaignUpdate,
  updateCampaign,
} from './management';
import { endorseCampaign, setEndorsementLead, withdrawEndorsement } from './endorsements';
import { removeCampaignImage } from './image';
import { campaignListFields } from './schemas';
import { signCampaign } from './signing';
import { withdrawSignature } from './withdrawal';

export const signCampaignAction = formAction(async (values) => signCampaign(values, { ip: await clientAddress() }));

export const withdrawSignatureAction = formAction(async (values) => {
  const result = await withdrawSignature(values, { ip: await clientAddress() });
  if (result.ok) refreshCampaignCounts(result.data.slug);
  return result;
});

/** Where staff run one campaign. */
const campaignPageOf = (campaignId: unknown) => `/manage/campaigns/${encodeURIComponent(String(campaignId))}`;

/** Staff pages always; public ones when visitors see the campaign (a draft is theirs alone). */
function refreshCampaignPages(status: CampaignStatus | null): void {
  revalidatePath('/manage/campaigns', 'layout');
  if (status !== 'DRAFT') refreshPublicPages();
}

/** A new draft; its page opens, where it is launched. */
export const createCampaignAction = formAction(
  async (values) => {
    const result = await createCampaignDraft(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    refreshCampaignPages('DRAFT');
    redirect(`${campaignPageOf(result.data.id)}?outcome=created`);
  },
  { lists: campaignListFields },
);

export const updateCampaignAction = formAction(
  async (values) => {
    const result = await updateCampaign(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    if (result.message !== 'noChanges') refreshCampaignPages(result.data.status);
    return { ok: true, message: result.message };
  },
  { lists: campaignListFields },
);

/**
 * A write on one campaign from a small form of its page (a step, an update, held signatures): back
 * to that page, saying what happened at the part it happened in.
 */
function campaignPageAction(
  change: (viewer: MaybeViewer, values: unknown, meta: RequestMeta) => Promise<Result<{ slug: string }>>,
  anchor: string,
) {
  return formAction(async (values) => {
    const result = await change(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    // A step out of draft (or into archive) changes public pages whatever the state it leads to.
    refreshCampaignPages(null);
    const count = result.params?.count === undefined ? '' : `&count=${result.params.count}`;
    redirect(`${campaignPageOf(values.campaignId)}?outcome=${result.message}${count}#${anchor}`);
  });
}

export const changeCampaignStatusAction = campaignPageAction(changeCampaignStatus, 'campaign-state');
export const postCampaignUpdateAction = campaignPageAction(postCampaignUpdate, 'campaign-updates');
export const removeCampaignUpdateAction = campaignPageAction(removeCampaignUpdate, 'campaign-updates');
export const decideHeldSignaturesAction = campaignPageAction(decideHeldSignatures, 'held-signatures');
export const setEndorsementLeadAction = campaignPageAction(setEndorsementLead, 'campaign-endorsements');

/** A member endorses a campaign in their organisation's name (or changes the tier), on its page. */
export const endorseCampaignAction = formAction(async (values) => {
  const result = await endorseCampaign(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) refreshCampaignPages('ACTIVE');
  return result;
});

/** A member withdraws their organisation's endorsement, on the campaign's page. */
export const withdrawEndorsementAction = formAction(async (values) => {
  const result = await withdrawEndorsement(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) refreshCampaignPages('ACTIVE');
  return result;
});

/** Removes a campaign's image (the "Remove image" button of its staff page), back to that part of the page. */
export const removeCampaignImageAction = campaignPageAction(removeCampaignImage, 'campaign-image');
