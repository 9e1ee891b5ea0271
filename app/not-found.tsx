import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/errors/not-found-view';
import { SiteShell } from '@/components/site/site-shell';
import { getViewerSummary } from '@/lib/auth/viewer';
import { getShellSettings } from '@/lib/site/settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.notFound');
  return { title: t('metaTitle') };
}

// Unknown addresses render here, inside the site's header and footer (notFound() from a public page
// renders app/(public)/not-found.tsx inside the public layout instead).
export default async function NotFound() {
  // Rendered on request, so the footer shows the settings the server runs with, not the build's.
  await connection();
  const account = await getViewerSummary();
  return (
    <SiteShell settings={getShellSettings()} account={account ? { name: account.name } : null}>
      <NotFoundView />
    </SiteShell>
  );
}
