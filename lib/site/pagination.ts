// Offset pagination shared by the directory and the library.
import { rankedCandidateLimit } from '@/lib/search/schemas';

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** A search by very common words: `total` is a lower bound (lib/search counts only so far). */
  atLeast?: boolean;
}

export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (Math.max(1, page) - 1) * pageSize, take: pageSize };
}

export function paginated<T>(items: T[], total: number, page: number, pageSize: number): Paginated<T> {
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * A page of a ranked search (lib/search): only the newest rankedCandidateLimit matches are ranked
 * and counted, so the pages end there and a larger total reads "at least".
 */
export function rankedPage<T>(
  items: T[],
  found: { count: number; atLeast: boolean },
  page: number,
  pageSize: number,
): Paginated<T> {
  const ranked = Math.min(found.count, rankedCandidateLimit);
  return {
    ...paginated(items, found.count, page, pageSize),
    pageCount: Math.max(1, Math.ceil(ranked / pageSize)),
    atLeast: found.atLeast,
  };
}
