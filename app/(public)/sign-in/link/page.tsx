import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RequestLinkForm } from '@/components/auth/request-link-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('signInLink.title') };
}

export default async function SignInLinkRequestPage() {
  if (await getViewer()) redirect('/account');
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('signInLink.title')} intro={t('signInLink.intro')} />
        <div className="mt-8">
          <RequestLinkForm kind="signInLink" />
        </div>
        <p className="mt-8 text-slate-700">
          <TextLink href="/sign-in">{t('usePasswordInstead')}</TextLink>
        </p>
      </PageContainer>
    </ClientMessages>
  );
}
