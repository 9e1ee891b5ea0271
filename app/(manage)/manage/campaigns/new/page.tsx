import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { requirePermission } from '@/lib/auth/guards';
import { getCampaignFormOptions } from '@/lib/campaigns/queries';
import { emptyCampaign } from '@/lib/campaigns/schemas';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('manageCampaigns.editor');
  return { title: t('newMetaTitle') };
}

/** Staff start a campaign: saved as a draft, then launched on its page. */
export default async function NewCampaignPage() {
  await requirePermission('/manage/campaigns/new', 'campaign:manage', {});
  const [t, options] = await Promise.all([getTranslations('manageCampaigns.editor'), getCampaignFormOptions()]);
  return (
    <ClientMessages namespaces={['manageCampaigns']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/campaigns">{t('back')}</BackLink>
        <PageHeader title={t('newTitle')} intro={t('newIntro')} />
        <div className="mt-8">
          <CampaignForm values={emptyCampaign(new Date())} regions={options.regions} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
