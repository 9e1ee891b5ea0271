import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CampaignStatusCounts } from '@/lib/campaigns/queries';
import { CampaignStatus } from '@/lib/generated/prisma/enums';
import { hrefWith } from '@/lib/site/search-params';

const tabClasses =
  'text-brand-900 ring-brand-800 hover:bg-brand-50 aria-[current]:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-inset aria-[current]:text-white';

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
    <nav aria-label={t('filterLabel')}>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/manage/campaigns" aria-current={current ? undefined : 'page'} className={tabClasses}>
            {t('tab', { label: t('all'), count: total })}
          </Link>
        </li>
        {Object.values(CampaignStatus).map((status) => (
          <li key={status}>
            <Link
              href={hrefWith('/manage/campaigns', { status })}
              aria-current={status === current ? 'page' : undefined}
              className={tabClasses}
            >
              {t('tab', { label: tc(`campaignStatus.${status}`), count: counts[status] ?? 0 })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
