import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequestLinkForm } from '@/components/auth/request-link-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('resetPassword.title') };
}

export default async function ResetPasswordPage() {
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('resetPassword.title')} intro={t('resetPassword.intro')} />
        <div className="mt-8">
          <RequestLinkForm kind="passwordReset" />
        </div>
        <p className="mt-8 text-slate-700">
          <TextLink href="/sign-in">{t('backToSignIn')}</TextLink>
        </p>
      </PageContainer>
    </ClientMessages>
  );
}
