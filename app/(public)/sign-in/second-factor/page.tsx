import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignInCodeForm } from '@/components/second-factor/code-form';
import { SecondFactorSetupForm } from '@/components/second-factor/setup-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { callbackPathSchema } from '@/lib/auth/schemas';
import { getViewer } from '@/lib/auth/viewer';
import { getHeldSignIn } from '@/lib/second-factor/queries';
import { hrefWith, textParam, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('secondFactor');
  return { title: t('signInTitle'), robots: { index: false, follow: false } };
}

/** The second step of signing in: the app's code, or (staff without one) setting the app up. */
export default async function SecondFactorSignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const callbackUrl = callbackPathSchema.parse(textParam.parse((await searchParams).callbackUrl));
  if (await getViewer()) redirect(callbackUrl);
  const [t, held] = await Promise.all([getTranslations('secondFactor'), getHeldSignIn()]);
  if (!held) {
    return (
      <PageContainer className="max-w-xl">
        <PageHeader title={t('signInAgainTitle')} intro={t('signInAgainText')} />
        <p className="mt-6">
          <TextLink href={hrefWith('/sign-in', { callbackUrl })}>{t('signInAgainLink')}</TextLink>
        </p>
      </PageContainer>
    );
  }
  if (held.step === 'setup') {
    return (
      <ClientMessages namespaces={['secondFactor']}>
        <PageContainer className="max-w-3xl">
          <PageHeader title={t('setupTitle')} intro={t('setupRequired')} />
          <p className="mt-4 max-w-prose text-slate-700">{t('setupIntro')}</p>
          <div className="mt-8">
            <SecondFactorSetupForm view={held.setup} atSignIn={{ callbackUrl }} />
          </div>
        </PageContainer>
      </ClientMessages>
    );
  }
  return (
    <ClientMessages namespaces={['secondFactor']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('signInTitle')} intro={t('signInIntro', { email: held.email })} />
        <div className="mt-8">
          <SignInCodeForm callbackUrl={callbackUrl} />
        </div>
        <p className="mt-8 max-w-prose text-slate-700">{t('lostDevice')}</p>
      </PageContainer>
    </ClientMessages>
  );
}
