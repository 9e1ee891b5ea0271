import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';
import { requirePermission } from '@/lib/auth/guards';
import { listRegionOptions } from '@/lib/regions/queries';
import { absoluteUrl } from '@/lib/site/settings';
import { mayInviteStaff } from '@/lib/teams/queries';
import { InvitePersonForm } from './_components/invite-person-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('teams.staffInvite');
  return { title: t('metaTitle') };
}

/** Staff invite a person directly, without an application (lib/teams). */
export default async function InvitePersonPage() {
  const viewer = await requirePermission('/manage/people/invite', 'manage:enter', {});
  const [t, regionOptions] = await Promise.all([getTranslations('teams.staffInvite'), listRegionOptions()]);
  const staff = mayInviteStaff(viewer);
  return (
    <ClientMessages namespaces={['teams']}>
      <PageContainer className="max-w-3xl">
        <PageHeader title={t('title')} intro={t('intro')}>
          <p className="mt-4 text-sm">
            <TextLink href="/manage">{t('back')}</TextLink>
          </p>
        </PageHeader>
        <div className="mt-8">
          <InvitePersonForm
            mayInviteStaff={staff}
            regionOptions={staff ? regionOptions : []}
            example={absoluteUrl('/directory/an-organisation')}
          />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
