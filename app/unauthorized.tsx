import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessDeniedView } from '@/components/errors/access-denied-view';
import { SiteShell } from '@/components/site/site-shell';
import { getViewerSummary } from '@/lib/auth/viewer';
import { getShellSettings } from '@/lib/site/settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.unauthorized');
  return { title: t('metaTitle') };
}

// Rendered by unauthorized() from any page, inside the site's header and footer.
export default async function UnauthorizedPage() {
  const account = await getViewerSummary();
  return (
    <SiteShell settings={getShellSettings()} account={account ? { name: account.name } : null}>
      <AccessDeniedView kind="unauthorized" />
    </SiteShell>
  );
}
