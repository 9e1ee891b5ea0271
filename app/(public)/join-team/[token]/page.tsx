import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { getTeamInvitation } from '@/lib/teams/queries';
import { JoinTeamForm } from './_components/join-team-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('teams');
  // The address holds a secret: out of search engines and of the Referer header (as /set-password).
  return { title: t('join.metaTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

/** Where a team invitation mailed to an account that exists leads: whom it is for, and one button to join. */
export default async function JoinTeamPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getTeamInvitation(token);
  const t = await getTranslations('teams');
  if (!invitation) {
    return (
      <PageContainer className="max-w-xl">
        <PageHeader title={t('join.invalidTitle')} intro={t('join.invalidBody')} />
        <p className="mt-8">
          <TextLink href="/sign-in">{t('join.signIn')}</TextLink>
        </p>
      </PageContainer>
    );
  }
  return (
    <ClientMessages namespaces={['teams']}>
      <PageContainer className="max-w-xl">
        <PageHeader title={t('join.title', invitation)} intro={t('join.intro', invitation)} />
        <div className="mt-8 flex flex-col gap-4">
          <JoinTeamForm token={token} />
          <p className="text-slate-700">{t('join.decline')}</p>
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
