import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { StatusCounts } from '@/lib/publications/queries';
import { hrefWith } from '@/lib/site/search-params';

const tabClasses =
  'text-brand-900 ring-brand-800 hover:bg-brand-50 aria-[current]:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-inset aria-[current]:text-white';

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
    <nav aria-label={t('manage.filterLabel')}>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href="/manage/publications" aria-current={current ? undefined : 'page'} className={tabClasses}>
            {t('manage.tab', { label: t('manage.all'), count: total })}
          </Link>
        </li>
        {Object.values(PublicationStatus).map((status) => (
          <li key={status}>
            <Link
              href={hrefWith('/manage/publications', { status })}
              aria-current={status === current ? 'page' : undefined}
              className={tabClasses}
            >
              {t('manage.tab', { label: t(`status.${status}`), count: counts[status] ?? 0 })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
