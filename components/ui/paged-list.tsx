import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { TextLink } from '@/components/ui/text-link';
import type { Paginated } from '@/lib/site/pagination';

/**
 * One page of a list: its items (drawn by `children`), or why there are none (nothing matches, or
 * the page is past the end, with a link back to the first), then the links to the pages around it.
 * `hrefFor(page)` keeps the list's filters.
 */
export function PagedList<T>({
  list,
  hrefFor,
  empty,
  children,
}: {
  list: Paginated<T>;
  hrefFor: (page: number) => string;
  /** What an empty list says. */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const t = useTranslations('common.pagination');
  return (
    <>
      {list.items.length > 0 ? (
        children(list.items)
      ) : list.total > 0 ? (
        <EmptyState>
          {t('beyondEnd')} <TextLink href={hrefFor(1)}>{t('firstPage')}</TextLink>
        </EmptyState>
      ) : (
        <EmptyState>{empty}</EmptyState>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        previousHref={list.page > 1 ? hrefFor(Math.min(list.page - 1, list.pageCount)) : null}
        nextHref={list.page < list.pageCount ? hrefFor(list.page + 1) : null}
      />
    </>
  );
}
