import Link from 'next/link';
import { useTranslations } from 'next-intl';

const linkClasses =
  'inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold text-brand-900 ring-1 ring-inset ring-brand-800 hover:bg-brand-50';

/** Previous / next links between pages of a list; the links keep the list's filters. */
export function Pagination({
  page,
  pageCount,
  previousHref,
  nextHref,
}: {
  page: number;
  pageCount: number;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const t = useTranslations('common.pagination');
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav
      aria-label={t('label')}
      className="mt-10 flex flex-wrap items-center justify-between gap-4 border-t border-slate-200 pt-6"
    >
      <div className="min-w-32">
        {previousHref ? (
          <Link href={previousHref} rel="prev" className={linkClasses}>
            <span aria-hidden="true">←&nbsp;</span>
            {t('previous')}
          </Link>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">{t('status', { page, pageCount })}</p>
      <div className="flex min-w-32 justify-end">
        {nextHref ? (
          <Link href={nextHref} rel="next" className={linkClasses}>
            {t('next')}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
