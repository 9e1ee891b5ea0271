import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { buttonClasses } from './button-link';

/** A GET form of filters that works without JavaScript: submitting reloads the list with the query. */
export function FilterForm({
  action,
  title,
  children,
  hasFilters,
  clearHref = action,
}: {
  action: string;
  title: string;
  children: ReactNode;
  hasFilters: boolean;
  /** Where "clear all filters" leads (the search keeps its words): the bare page by default. */
  clearHref?: string;
}) {
  const t = useTranslations('common.filters');
  return (
    <form
      method="get"
      action={action}
      aria-label={title}
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-5"
    >
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {/* Fields sit on the bottom of their row: a label that wraps onto two lines does not push its
          control below its neighbours'. */}
      <div className="grid grid-cols-2 items-end gap-3 sm:gap-4 lg:grid-cols-4">{children}</div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses('primary')}>
          {t('apply')}
        </button>
        {hasFilters ? (
          <Link href={clearHref} className="text-brand-800 hover:text-brand-950 text-sm font-medium underline">
            {t('clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
