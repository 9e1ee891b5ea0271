import { useTranslations } from 'next-intl';
import { FilterTabs } from '@/components/ui/filter-tabs';
import type { CampaignStatusCounts } from '@/lib/campaigns/queries';
import { CampaignStatus } from '@/lib/generated/prisma/enums';
import { hrefWith } from '@/lib/site/search-params';

/** Links to all campaigns and to those of each state, with their counts; the current one is marked. */
export function CampaignStatusFilter({
  current,
  counts,
}: {
  current: CampaignStatus | undefined;
  counts: CampaignStatusCounts;
}) {
  const t = useTranslations('manageCampaigns');
  const tc = useTranslations('common');
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <FilterTabs
      label={t('filterLabel')}
      tabs={[
        { href: '/manage/campaigns', label: t('tab', { label: t('all'), count: total }), current: !current },
        ...Object.values(CampaignStatus).map((status) => ({
          href: hrefWith('/manage/campaigns', { status }),
          label: t('tab', { label: tc(`campaignStatus.${status}`), count: counts[status] ?? 0 }),
          current: status === current,
        })),
      ]}
    />
  );
}
