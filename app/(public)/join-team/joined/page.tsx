import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('teams');
  return { title: t('join.joinedTitle'), robots: { index: false, follow: false } };
}

/** Where following a team invitation leads an account that has a password: sign in as usual. */
export default async function JoinedTeamPage() {
  const t = await getTranslations('teams');
  return (
    <PageContainer className="max-w-xl">
      <PageHeader title={t('join.joinedTitle')} intro={t('join.joinedBody')} />
      <div className="mt-8">
        <ButtonLink href="/sign-in">{t('join.signIn')}</ButtonLink>
      </div>
    </PageContainer>
  );
}
