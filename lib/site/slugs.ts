// The addresses records get from their titles (publications, campaigns, events): transliterated,
// at most 80 characters, unique within their kind. Each kind asks its own table(s) which slugs are
// taken; the rules are here once.
import slugify from '@sindresorhus/slugify';
import { isUniqueViolation } from '@/lib/database/errors';

const slugMaxLength = 80;

/** The slug made from a title; `fallback` ("publication", "event"…) for a title with no letters. */
export function slugFromTitle(title: string, fallback: string): string {
  return slugify(title).slice(0, slugMaxLength).replace(/-+$/, '') || fallback;
}

/** `base`, or `base` with -2, -3… : the first that is not taken. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    if (!used.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
  }
}

/**
 * Two writers who pick the same free slug at once: the unique index refuses the second, which
 * picks again (at most three tries).
 */
export async function retryOnSlugRace<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}
