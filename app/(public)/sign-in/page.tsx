import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from './_components/sign-in-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { callbackPathSchema, signInRefusal } from '@/lib/auth/schemas';
import { getViewer } from '@/lib/auth/viewer';
import { textParam, type SearchParams } from '@/lib/site/search-params';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('signInTitle') };
}

const knownErrors = new Set(['invalidCredentials', 'suspended', 'rateLimited', 'invalidInput', 'unexpected']);

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = callbackPathSchema.parse(textParam.parse(params.callbackUrl));
  if (await getViewer()) redirect(callbackUrl);
  const t = await getTranslations('auth');
  const error = textParam.parse(params.error);
  const retryAfter = Number(textParam.parse(params.retryAfter));
  return (
    <ClientMessages namespaces={['auth']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('signInTitle')} intro={t('signInIntro')} />
        <div className="mt-8">
          <SignInForm
            callbackUrl={callbackUrl}
            defaultEmail={textParam.parse(params.email)}
            initialState={
              error && knownErrors.has(error)
                ? signInRefusal(error, retryAfter > 0 ? retryAfter : undefined)
                : undefined
            }
          />
        </div>
        <ul className="mt-6 flex flex-col gap-2">
          <li>
            <TextLink href="/reset-password">{t('forgotPassword')}</TextLink>
          </li>
          <li>
            <TextLink href="/sign-in/link">{t('emailLinkInstead')}</TextLink>
          </li>
        </ul>
        <p className="mt-8 text-slate-700">
          {t('notMember')} <TextLink href="/join">{t('join')}</TextLink>
        </p>
      </PageContainer>
    </ClientMessages>
  );
}
