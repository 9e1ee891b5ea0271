// Every write that changes what visitors can see calls `refreshPublicPages`, so the next visitor
// request is rendered afresh (lib/site/page-cache.ts, docs/decisions/008-visitor-page-cache.md). It
// drops the whole page cache rather than guessing which pages show the record: such writes are rare,
// and a page that lists an organisation (a region, the home page, a search) is easy to forget.
//
// A campaign's counts are the exception (decision 023): signatures are confirmed by the thousand a
// minute when a campaign takes off, and dropping every cached page on each would render every
// visitor request again. `refreshCampaignCounts` drops only the pages that show counts, at most once
// a second per campaign and instance; those pages' visitor copies also expire on their own after 5 s (`revalidate`
// in each of `pagesWithCampaignCounts`), which bounds what a confirmation in the last second, or one
// on another instance, waits for.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { forgetVisitorRecordPages, visitorCachePrefix } from './page-cache';

export function refreshPublicPages(): void {
  revalidatePath('/', 'layout');
  forgetVisitorRecordPages();
}

/** The shortest time between two refreshes for one campaign's signatures on one instance. */
const countRefreshIntervalMs = 1_000;

/**
 * The visitors' cached pages that show a campaign's counts (its page, and the cards of the others),
 * as Next names their routes: with the route group, which revalidatePath needs to find them.
 */
const pagesWithCampaignCounts = [
  '',
  '/campaigns',
  '/campaigns/[slug]',
  '/countries/[code]',
  '/get-involved',
  '/regions/[slug]',
].map((path) => `/(visitor)${visitorCachePrefix}/[query]${path}`);

declare global {
  // One clock for the process: route handlers and server actions are separate bundles.
  var __portalCampaignCountsRefreshedAt: Map<string, number> | undefined;
}

/**
 * A signature of the campaign at `slug` was confirmed or withdrawn: the pages showing counts follow
 * at once, or within a second when that campaign's counts were refreshed less than a second ago.
 */
export function refreshCampaignCounts(slug: string, now = Date.now()): void {
  const refreshedAt = (globalThis.__portalCampaignCountsRefreshedAt ??= new Map());
  if (now - (refreshedAt.get(slug) ?? 0) < countRefreshIntervalMs) return;
  // Only campaigns refreshed within the last second need remembering.
  if (refreshedAt.size > 1_000) {
    for (const [key, at] of refreshedAt) if (now - at >= countRefreshIntervalMs) refreshedAt.delete(key);
  }
  refreshedAt.set(slug, now);
  for (const path of pagesWithCampaignCounts) revalidatePath(path, 'page');
}
