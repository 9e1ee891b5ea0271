import type { ReactNode } from 'react';
import { SiteShell } from '@/components/site/site-shell';
import { getShellSettings } from '@/lib/site/settings';

// Every public page reads the database on request; it is not there at build time.
export const dynamic = 'force-dynamic';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteShell settings={getShellSettings()}>{children}</SiteShell>;
}
