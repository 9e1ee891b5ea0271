import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { SiteShell } from '@/components/site/site-shell';
import { getViewerSummary } from '@/lib/auth/viewer';
import { getShellSettings } from '@/lib/site/settings';

// Member pages read the session and the database on every request.
export const dynamic = 'force-dynamic';

/** The member area: only for signed-in members (each page and action checks again for itself). */
export default async function MemberLayout({ children }: { children: ReactNode }) {
  const account = await getViewerSummary();
  if (!account) redirect('/sign-in?callbackUrl=/account');
  return (
    <SiteShell settings={getShellSettings()} account={{ name: account.name }}>
      {children}
    </SiteShell>
  );
}
