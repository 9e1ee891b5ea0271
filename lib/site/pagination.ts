// Offset pagination shared by the directory and the library.
import { rankedCandidateLimit } from '@/lib/search/schemas';

export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (Math.max(1, page) - 1) * pageSize, take: pageSize };
}

export function paginated<T>(items: T[], total: number, page: number, pageSize: number): Paginated<T> {
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * A page of a ranked search (lib/search): `total` counts every match, but only the best
 * rankedCandidateLimit are ranked, so the pages end there.
 */
export function rankedPage<T>(items: T[], total: number, page: number, pageSize: number): Paginated<T> {
  const ranked = Math.min(total, rankedCandidateLimit);
  return { ...paginated(items, total, page, pageSize), pageCount: Math.max(1, Math.ceil(ranked / pageSize)) };
}
