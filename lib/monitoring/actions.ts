'use server';

// Entry points of the monitoring forms (/manage/monitoring). Thin: who is asking and from where,
// the rules in mutations.ts, then fresh pages (the country pages, /countries and the feeds are
// public) and the next page.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { createMonitoringEntry, removeMonitoringEntry, updateMonitoringEntry } from './mutations';

function refreshMonitoringPages() {
  refreshPublicPages();
  revalidatePath('/manage/monitoring', 'layout');
}

/** A new entry; the list opens, saying so. */
export const createMonitoringEntryAction = formAction(async (values) => {
  const result = await createMonitoringEntry(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  refreshMonitoringPages();
  redirect('/manage/monitoring?outcome=created');
});

export const updateMonitoringEntryAction = formAction(async (values) => {
  const result = await updateMonitoringEntry(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  if (result.message === 'saved') refreshMonitoringPages();
  return { ok: true, message: result.message };
});

/** Removes the entry (its confirmation box ticked); back to the list, saying so. */
export const removeMonitoringEntryAction = formAction(async (values) => {
  const result = await removeMonitoringEntry(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  refreshMonitoringPages();
  redirect('/manage/monitoring?outcome=removed');
});
