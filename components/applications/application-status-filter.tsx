import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ApplicationStatus } from '@/lib/generated/prisma/enums';
import { applicationStatuses } from '@/lib/applications/schemas';

/** Links to the applications of each status, with their counts; the current one is marked. */
export function ApplicationStatusFilter({
  current,
  counts,
}: {
  current: ApplicationStatus;
  counts: Record<ApplicationStatus, number>;
}) {
  const t = useTranslations('applications');
  return (
    <nav aria-label={t('statusFilter')}>
      <ul className="flex flex-wrap gap-2">
        {applicationStatuses.map((status) => (
          <li key={status}>
            <Link
              href={status === 'PENDING' ? '/manage/applications' : `/manage/applications?status=${status}`}
              aria-current={status === current ? 'page' : undefined}
              className="text-brand-900 ring-brand-800 hover:bg-brand-50 aria-[current]:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-inset aria-[current]:text-white"
            >
              {t('statusTab', { status: t(`status.${status}`), count: counts[status] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
