import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkInvalid } from '@/components/auth/link-invalid';
import { SetPasswordForm } from './_components/set-password-form';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { getPasswordLink } from '@/lib/auth/mail-sign-in';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  // The address holds a secret: kept out of search engines and out of the Referer header of
  // requests to other sites. Not 'no-referrer': browsers would then post the form with
  // `Origin: null`, which Next refuses for a server action.
  return { title: t('setPassword.resetTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

/** Where invitations and password resets lead: choosing a password. Opening it uses nothing up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await getPasswordLink(token);
  // Not refusalPage's 404: a link that no longer works gets a page that says where to ask for a new one.
  if (!result.ok) return <LinkInvalid retry="passwordLink" />;
  const link = result.data;
  const t = await getTranslations('auth');
  const invitation = link.purpose === 'INVITATION';
  return (
    <ClientMessages namespaces={['auth']}>
      <PageContainer className="max-w-xl">
        <PageHeader
          title={invitation ? t('setPassword.invitationTitle', { name: link.name }) : t('setPassword.resetTitle')}
          intro={
            invitation
              ? t('setPassword.invitationIntro', { email: link.email })
              : t('setPassword.resetIntro', { email: link.email })
          }
        />
        <div className="mt-8">
          <SetPasswordForm token={token} email={link.email} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
