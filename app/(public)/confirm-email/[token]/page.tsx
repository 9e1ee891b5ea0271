import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkInvalid } from '@/components/auth/link-invalid';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { getEmailChange } from '@/lib/accounts/queries';
import { ConfirmEmailForm } from './_components/confirm-email-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account.confirmEmail');
  // The address holds a secret: out of search engines and out of the Referer of other sites.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

/**
 * Where the link mailed to a new address leads. Opening it changes nothing (mail scanners open
 * links); the button does. No sign-in needed: following the link proves the new inbox is theirs,
 * and the request itself needed the password.
 */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const change = await getEmailChange(token);
  if (!change.ok) return <LinkInvalid retry="emailChange" />;
  const t = await getTranslations('account.confirmEmail');
  return (
    <ClientMessages namespaces={['account']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('title')} intro={t('intro', change.data)} />
        <div className="mt-8">
          <ConfirmEmailForm token={token} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
