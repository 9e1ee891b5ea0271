import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { JoinForm } from './_components/join-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { listJoinOptions } from '@/lib/applications/queries';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('join');
  return { title: t('metaTitle') };
}

/** An organisation applies to join the coalition; anyone may open it. */
export default async function JoinPage() {
  const [t, options] = await Promise.all([getTranslations('join'), listJoinOptions()]);
  return (
    <ClientMessages namespaces={['join', 'common']}>
      <PageContainer className="max-w-3xl">
        <PageHeader title={t('title')} intro={t('intro')} />
        <div className="mt-8">
          <JoinForm options={options} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
