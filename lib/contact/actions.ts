'use server';

// Entry points of the contact form (/contact) and of the staff's buttons (/manage/messages). Thin:
// who is asking and from where, then the rules in messages.ts, then a fresh list for staff
// after they change a message.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { markMessageHandled, reopenMessage, sendContactMessage } from './messages';

// Nothing to refresh: /manage/messages is rendered for each request, and /contact shows no message.
export const sendContactMessageAction = formAction(async (values) =>
  sendContactMessage(values, { ip: await clientAddress() }),
);

export const markMessageHandledAction = formAction(async (values) => {
  const result = await markMessageHandled(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) revalidatePath('/manage/messages');
  return result;
});

export const reopenMessageAction = formAction(async (values) => {
  const result = await reopenMessage(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) revalidatePath('/manage/messages');
  return result;
});
