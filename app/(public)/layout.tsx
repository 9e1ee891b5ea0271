import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import { getViewerSummary } from '@/lib/auth/viewer';
import { getShellSettings } from '@/lib/site/settings';

// Every public page reads the database on request; it is not there at build time.
export const dynamic = 'force-dynamic';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const account = await getViewerSummary();
  return (
    <SiteShell settings={getShellSettings()} account={account ? { name: account.name } : null}>
      {children}
    </SiteShell>
  );
}
