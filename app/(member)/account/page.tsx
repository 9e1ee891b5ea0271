import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { Facts } from '@/components/ui/facts';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { getOwnAccount } from '@/lib/members/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const account = await getOwnAccount(await getViewer());
  if (!account) redirect('/sign-in?callbackUrl=/account');
  const [t, format] = await Promise.all([getTranslations('account'), getFormatter()]);
  return (
    <PageContainer className="max-w-3xl">
      <PageHeader title={t('title')} intro={t('intro', { name: account.name })} />
      <div className="mt-8">
        <Facts
          layout="columns"
          facts={[
            { key: 'name', term: t('name'), details: account.name },
            { key: 'email', term: t('email'), details: account.email },
            { key: 'role', term: t('role'), details: t(`roles.${account.role}`) },
            {
              key: 'organization',
              term: t('organization'),
              details: account.organization ? (
                <TextLink href={`/directory/${account.organization.slug}`}>{account.organization.name}</TextLink>
              ) : (
                t('noOrganization')
              ),
            },
            {
              key: 'regions',
              term: t('regions'),
              details: account.coordinatorRegions.length > 0 ? account.coordinatorRegions.map((region) => region.name).join(', ') : null,
            },
            {
              key: 'lastSignIn',
              term: t('lastSignIn'),
              details: account.lastSignInAt ? format.dateTime(account.lastSignInAt, { dateStyle: 'long', timeStyle: 'short' }) : null,
            },
          ]}
        />
      </div>
    </PageContainer>
  );
}
