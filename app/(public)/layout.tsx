import type { ReactNode } from 'react';

// Public pages are rendered for each request (signed-in members see their own header and
// members-only content); visitors get the cached copies in app/(visitor) instead (decision 008).
// The database is not there at build time, so nothing here is prerendered.
export const dynamic = 'force-dynamic';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
