import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessDeniedView } from '@/components/errors/access-denied-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.unauthorized');
  return { title: t('metaTitle') };
}

// unauthorized() from any page or layout: inside the root layout's header and footer.
export default function UnauthorizedPage() {
  return <AccessDeniedView kind="unauthorized" />;
}
