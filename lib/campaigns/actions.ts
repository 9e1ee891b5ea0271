'use server';

// Entry points of a campaign's signing form and of the withdrawal page. Thin: from where; the rules
// and the mails in signing.ts and withdrawal.ts; then fresh public pages when a count moved.
import { clientAddress } from '@/lib/auth/request';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { signCampaign } from './signing';
import { withdrawSignature } from './withdrawal';

export const signCampaignAction = formAction(async (values) => signCampaign(values, { ip: await clientAddress() }));

export const withdrawSignatureAction = formAction(async (values) => {
  const result = await withdrawSignature(values, { ip: await clientAddress() });
  if (result.ok) refreshPublicPages();
  return result;
});
