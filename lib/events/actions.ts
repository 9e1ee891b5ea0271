'use server';

// Entry points of the event forms (/manage/events). Thin: who is asking and from where, the rules in
// mutations.ts, then fresh pages (events are public: the list, their pages and the feeds) and the
// next page.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { cancelEvent, createEvent, reinstateEvent, updateEvent } from './mutations';
import { eventListFields } from './schemas';

function refreshEventPages() {
  refreshPublicPages();
  revalidatePath('/manage/events', 'layout');
}

/** A new event; its page opens. */
export const createEventAction = formAction(
  async (values) => {
    const result = await createEvent(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    refreshEventPages();
    redirect(`/manage/events/${result.data.id}?outcome=created`);
  },
  { lists: eventListFields },
);

export const updateEventAction = formAction(
  async (values) => {
    const result = await updateEvent(await getViewer(), values, { ip: await clientAddress() });
    if (!result.ok) return result;
    if (result.message === 'saved') refreshEventPages();
    return { ok: true, message: result.message };
  },
  { lists: eventListFields },
);

/** Cancels the event (after the page's confirmation step); back to its page, saying so. */
export const cancelEventAction = formAction(async (values) => {
  const result = await cancelEvent(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  refreshEventPages();
  redirect(`/manage/events/${result.data.id}?outcome=cancelled`);
});

/** Puts a cancelled event back on. */
export const reinstateEventAction = formAction(async (values) => {
  const result = await reinstateEvent(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  refreshEventPages();
  redirect(`/manage/events/${result.data.id}?outcome=reinstated`);
});
