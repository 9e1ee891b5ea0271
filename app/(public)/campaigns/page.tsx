import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CampaignCard } from '@/components/campaigns/campaign-card';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { FeedLinks } from '@/components/ui/feed-links';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getViewer } from '@/lib/auth/viewer';
import { feedAlternates, feedLinksOf } from '@/lib/feeds/paths';
import { listCampaigns } from '@/lib/campaigns/queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('campaigns');
  return { title: t('title'), alternates: feedAlternates(feedLinksOf('campaigns'), t('title')) };
}

export default async function CampaignsPage() {
  const viewer = await getViewer();
  const [t, campaigns] = await Promise.all([getTranslations('campaigns'), listCampaigns(viewer)]);
  const running = campaigns.filter((campaign) => campaign.status === 'ACTIVE');
  const closed = campaigns.filter((campaign) => campaign.status === 'CLOSED');
  const drafts = campaigns.filter((campaign) => campaign.status === 'DRAFT');
  const groups = [
    { id: 'running', title: t('running'), items: running },
    { id: 'closed', title: t('closed'), items: closed },
    { id: 'drafts', title: t('drafts'), items: drafts },
  ];

  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')}>
        <FeedLinks className="mt-4" links={feedLinksOf('campaigns')} />
      </PageHeader>
      {campaigns.length === 0 ? (
        <div className="mt-8">
          <EmptyState>{t('empty')}</EmptyState>
        </div>
      ) : (
        groups.map((group) =>
          group.items.length > 0 || group.id === 'running' ? (
            <Section key={group.id} id={group.id} title={group.title} className="mt-10">
              {group.items.length > 0 ? (
                <ul className="grid gap-5 md:grid-cols-2">
                  {group.items.map((campaign) => (
                    <li key={campaign.slug}>
                      <CampaignCard campaign={campaign} headingLevel={3} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{t('noneRunning')}</EmptyState>
              )}
            </Section>
          ) : null,
        )
      )}
    </PageContainer>
  );
}
