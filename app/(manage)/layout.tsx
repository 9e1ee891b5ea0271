import type { ReactNode } from 'react';
import { requirePermission } from '@/lib/auth/guards';

// Rendered for each request: it reads the session.
export const dynamic = 'force-dynamic';

/**
 * The staff area: coordinators and admins (each page and action checks its own right again). The
 * header and footer come from the root layout.
 */
export default async function ManageLayout({ children }: { children: ReactNode }) {
  await requirePermission('/manage', 'manage:enter', {});
  return children;
}
