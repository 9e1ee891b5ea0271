'use server';

// Entry point of "send to a colleague" (/library/[slug]/send). Thin: who is asking and from where;
// the rules and the mail in mutations.ts.
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { sendToColleague } from './mutations';

export const sendToColleagueAction = formAction(async (values) =>
  sendToColleague(await getViewer(), values, { ip: await clientAddress() }),
);
