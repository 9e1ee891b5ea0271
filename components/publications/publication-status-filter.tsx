import { useTranslations } from 'next-intl';
import { FilterTabs } from '@/components/ui/filter-tabs';
import { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { StatusCounts } from '@/lib/publications/queries';
import { hrefWith } from '@/lib/site/search-params';

/** Links to all publications and to those of each state, with their counts; the current one is marked. */
export function PublicationStatusFilter({
  current,
  counts,
}: {
  current: PublicationStatus | undefined;
  counts: StatusCounts;
}) {
  const t = useTranslations('publications');
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <FilterTabs
      label={t('manage.filterLabel')}
      tabs={[
        {
          href: '/manage/publications',
          label: t('manage.tab', { label: t('manage.all'), count: total }),
          current: !current,
        },
        ...Object.values(PublicationStatus).map((status) => ({
          href: hrefWith('/manage/publications', { status }),
          label: t('manage.tab', { label: t(`status.${status}`), count: counts[status] ?? 0 }),
          current: status === current,
        })),
      ]}
    />
  );
}
