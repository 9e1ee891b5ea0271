import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/errors/not-found-view';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.notFound');
  return { title: t('metaTitle') };
}

// Unknown addresses and notFound() from any page: inside the root layout's header and footer.
export default function NotFound() {
  return <NotFoundView />;
}
