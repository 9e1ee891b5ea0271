// Every write that changes what visitors can see calls this, so the next visitor request is
// rendered afresh (lib/site/page-cache.ts, docs/decisions/008-visitor-page-cache.md). It drops the
// whole page cache rather than guessing which pages show the record: writes are rare, and a page
// that lists an organisation (a region, the home page, a search) is easy to forget.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { forgetVisitorRecordPages } from './page-cache';

export function refreshPublicPages(): void {
  revalidatePath('/', 'layout');
  forgetVisitorRecordPages();
}
