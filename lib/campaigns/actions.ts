'use server';

// Entry point of a campaign's signing form. Thin: from where; the rules and the mails in signing.ts.
import { clientAddress } from '@/lib/auth/request';
import { formAction } from '@/lib/forms/action';
import { signCampaign } from './signing';

export const signCampaignAction = formAction(async (values) => signCampaign(values, { ip: await clientAddress() }));
