import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessDeniedView } from '@/components/errors/access-denied-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.forbidden');
  return { title: t('metaTitle') };
}

// forbidden() from any page or layout: inside the root layout's header and footer.
export default function ForbiddenPage() {
  return <AccessDeniedView kind="forbidden" />;
}
