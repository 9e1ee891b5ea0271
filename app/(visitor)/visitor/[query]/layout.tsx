// The cached copies of the public pages that visitors get (lib/site/page-cache.ts). The same pages
// as app/(public), rendered with no viewer: under 'force-static', cookies() and headers() read as
// empty, so every query sees a visitor. Rendered on first request, kept until a write refreshes
// them (refreshPublicPages) or, as a bound on what another instance may still show, for a minute.
import type { ReactNode } from 'react';

export const dynamic = 'force-static';
export const revalidate = 60;

/** Nothing is rendered at build time (there is no database then); each page on its first visit. */
export function generateStaticParams(): { query: string }[] {
  return [];
}

export default function VisitorLayout({ children }: { children: ReactNode }) {
  return children;
}
