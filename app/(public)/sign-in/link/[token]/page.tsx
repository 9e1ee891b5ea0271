import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkInvalid } from '@/components/auth/link-invalid';
import { SignInLinkForm } from './_components/sign-in-link-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { getSignInLink } from '@/lib/auth/mail-sign-in';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  // The address holds a secret: kept out of search engines and out of the Referer header of
  // requests to other sites. Not 'no-referrer': browsers would then post the form with
  // `Origin: null`, which Next refuses for a server action.
  return { title: t('signInLink.title'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

/** Opening a sign-in link only shows this page; the button uses the link (mail scanners open links). */
export default async function SignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await getSignInLink(token);
  // Not refusalPage's 404: a link that no longer works gets a page that says where to ask for a new one.
  if (!result.ok) return <LinkInvalid retry="signInLink" />;
  const link = result.data;
  const t = await getTranslations('auth');
  return (
    <ClientMessages namespaces={['auth']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('signInLink.confirmTitle', { email: link.email })} intro={t('signInLink.confirmIntro')} />
        <div className="mt-8">
          <SignInLinkForm token={token} />
        </div>
        <p className="mt-8 text-slate-700">{t('signInLink.notYou')}</p>
      </PageContainer>
    </ClientMessages>
  );
}
