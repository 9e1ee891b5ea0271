import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import { getShellSettings } from '@/lib/site/settings';
import { getShellAccount } from '@/lib/site/shell';

// Every public page reads the database on request; it is not there at build time.
export const dynamic = 'force-dynamic';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const account = await getShellAccount();
  return (
    <SiteShell settings={getShellSettings()} account={account}>
      {children}
    </SiteShell>
  );
}
