import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageContainer } from '@/components/site/site-shell';
import { requirePermission } from '@/lib/auth/guards';
import { getViewerSummary } from '@/lib/auth/viewer';
import { isSecondFactorWaived } from '@/lib/second-factor/requirement';

// Rendered for each request: it reads the session.
export const dynamic = 'force-dynamic';

/**
 * The staff area: coordinators and admins (each page and action checks its own right again). The
 * header and footer come from the root layout. A demo staff account, which signs in without the
 * second factor staff must have, is told so on every page here.
 */
export default async function ManageLayout({ children }: { children: ReactNode }) {
  await requirePermission('/manage', 'manage:enter', {});
  // The header's reading of the viewer (once per request), not another query.
  const summary = await getViewerSummary();
  if (!summary || !isSecondFactorWaived(summary)) return children;
  const t = await getTranslations('secondFactor');
  return (
    <>
      <PageContainer className="pb-0">
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t('demoNotice')}
        </p>
      </PageContainer>
      {children}
    </>
  );
}
