import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import { requirePermission } from '@/lib/auth/guards';
import { getShellSettings } from '@/lib/site/settings';
import { getShellAccount } from '@/lib/site/shell';

// Staff pages read the session and the database on every request.
export const dynamic = 'force-dynamic';

/** The staff area: coordinators and admins (each page and action checks its own right again). */
export default async function ManageLayout({ children }: { children: ReactNode }) {
  await requirePermission('/manage', 'manage:enter', {});
  const account = await getShellAccount();
  return (
    <SiteShell settings={getShellSettings()} account={account}>
      {children}
    </SiteShell>
  );
}
