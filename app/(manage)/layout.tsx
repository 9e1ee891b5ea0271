import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageContainer } from '@/components/site/site-shell';
import { requirePermission } from '@/lib/auth/guards';
import { isViewerSecondFactorWaived } from '@/lib/second-factor/queries';

// Rendered for each request: it reads the session.
export const dynamic = 'force-dynamic';

/**
 * The staff area: coordinators and admins (each page and action checks its own right again). The
 * header and footer come from the root layout. A demo staff account, which signs in without the
 * second factor staff must have, is told so on every page here.
 */
export default async function ManageLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePermission('/manage', 'manage:enter', {});
  if (!(await isViewerSecondFactorWaived(viewer))) return children;
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
