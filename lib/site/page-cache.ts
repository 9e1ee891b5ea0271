// Visitor pages from the page cache (docs/decisions/008-visitor-page-cache.md).
//
// A GET from a visitor (no session cookie) for a public page is rewritten by proxy.ts to the same
// page under /visitor/<query>/…, a copy of the public route tree (app/(visitor)) that is rendered
// once with no viewer, kept in Next's page cache and served from it until a write invalidates it
// (`refreshPublicPages`). The query string becomes a path segment, in a canonical form (only the
// filters the page reads, parsed by its own schema, sorted), so each filtered view is cached once.
// Signed-in members keep the dynamic routes: their own header and members-only content at once.
import type { z } from 'zod';
import { directoryFiltersSchema } from '@/lib/directory/schemas';
import { eventFiltersSchema } from '@/lib/events/filters';
import { libraryFiltersSchema } from '@/lib/library/schemas';
import type { SearchParams } from './search-params';

/** Where the cached copies live; reached only through the proxy's rewrite. */
export const visitorCachePrefix = '/visitor';

/** The session cookies of Auth.js (possibly split into `.0`, `.1`… when large). */
const sessionCookie = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (sessionCookie.test(name)) return true;
  return false;
}

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * The public pages visitors get from the cache, and the filters each reads from its query string.
 * A record's page (`record: true`) is served from the cache only once this instance has rendered it
 * for a visitor and found the record: Next leaves the body of a not-found page rendered into the
 * cache empty (the bug decision 009 patches for pages rendered per request), so an unknown or
 * members-only address always goes to the page rendered for its request.
 */
const cachedPages: { path: RegExp; filters?: z.ZodObject; record?: true }[] = [
  { path: /^\/$/ },
  { path: /^\/directory$/, filters: directoryFiltersSchema },
  { path: new RegExp(`^/directory/${slug}$`), record: true },
  { path: /^\/library$/, filters: libraryFiltersSchema },
  { path: new RegExp(`^/library/${slug}$`), record: true },
  { path: /^\/campaigns$/ },
  { path: new RegExp(`^/campaigns/${slug}$`), record: true },
  { path: /^\/events$/, filters: eventFiltersSchema },
  { path: new RegExp(`^/events/${slug}$`), record: true },
  { path: /^\/countries$/ },
  { path: /^\/countries\/[a-z]{2}$/, record: true },
  { path: /^\/regions$/ },
  { path: new RegExp(`^/regions/${slug}$`), record: true },
  { path: /^\/contact$/ },
  { path: /^\/get-involved$/ },
];

declare global {
  // Shared by proxy.ts and the pages, which Next loads as separate bundles into one process.
  var __portalVisitorRecordPages: Set<string> | undefined;
}

/** Addresses of records this instance found when a visitor asked (bounded by the records that exist). */
const visitorRecordPages = (globalThis.__portalVisitorRecordPages ??= new Set<string>());

/** Called by a record's page when it showed the record to a visitor: later visitors get the cache. */
export function rememberVisitorRecordPage(pathname: string): void {
  visitorRecordPages.add(pathname);
}

/** Called on every write (a record may be gone or hidden now). */
export function forgetVisitorRecordPages(): void {
  visitorRecordPages.clear();
}

/** A page's query string with only what its filters read, in one order; page 1 is the default. */
function canonicalQuery(filters: z.ZodObject | undefined, search: URLSearchParams): string {
  if (!filters) return '';
  const parsed: Record<string, unknown> = filters.parse(Object.fromEntries(search.entries()));
  const kept = Object.entries(parsed)
    .filter(([name, value]) => value !== undefined && !(name === 'page' && value === 1))
    .map(([name, value]): [string, string] => [name, String(value)])
    .sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

/** The cached copy that answers a visitor's GET, or null when the page is rendered for each request. */
export function visitorCachePath(pathname: string, search: URLSearchParams): string | null {
  const page = cachedPages.find((candidate) => candidate.path.test(pathname));
  if (!page || (page.record && !visitorRecordPages.has(pathname))) return null;
  // Words to search for (/library?q=…) are endless: each would be a cache entry read once.
  if (search.get('q')?.trim()) return null;
  // base64url keeps the segment to letters, digits, '-' and '_', whatever the filters hold.
  const query = `q${Buffer.from(canonicalQuery(page.filters, search)).toString('base64url')}`;
  return `${visitorCachePrefix}/${query}${pathname === '/' ? '' : pathname}`;
}

/** The query string a cached copy stands for, as the searchParams its page reads. */
export async function searchParamsOf(params: Promise<{ query: string }>): Promise<SearchParams> {
  const { query } = await params;
  const text = Buffer.from(query.slice(1), 'base64url').toString('utf8');
  return Object.fromEntries(new URLSearchParams(text).entries());
}
