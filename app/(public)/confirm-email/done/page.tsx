import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.confirmEmail');
  return { title: t('doneTitle'), robots: { index: false, follow: false } };
}

/** Where a confirmed email change lands: the link is used up, so its own page can no longer say so. */
export default async function EmailChangedPage() {
  const t = await getTranslations('account.confirmEmail');
  return (
    <PageContainer className="max-w-xl">
      <PageHeader title={t('doneTitle')} intro={t('done')} />
      <div className="mt-8 flex flex-wrap gap-4">
        <ButtonLink href="/account">{t('toAccount')}</ButtonLink>
      </div>
    </PageContainer>
  );
}
