import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { getViewerSummary } from '@/lib/auth/viewer';

// Rendered for each request: it reads the session.
export const dynamic = 'force-dynamic';

/**
 * The member area: only for signed-in members (each page and action checks again for itself). The
 * header and footer come from the root layout.
 */
export default async function MemberLayout({ children }: { children: ReactNode }) {
  if (!(await getViewerSummary())) redirect('/sign-in?callbackUrl=/account');
  return children;
}
