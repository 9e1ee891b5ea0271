// The GET filters of the events lists. Apart from the form's schema (schemas.ts) because proxy.ts
// reads the public list's filters (lib/site/page-cache.ts) and needs nothing of the form's time
// arithmetic.
import { z } from 'zod';
import { firstValue, pageParam, slugParam } from '@/lib/site/search-params';

/** The public list's GET filters (/events?region=africa&page=2); invalid values are ignored. */
export const eventFiltersSchema = z.object({ region: slugParam, page: pageParam });

export type EventFilters = z.infer<typeof eventFiltersSchema>;

/** The filters of /manage/events: upcoming (soonest first) or past (latest first), and a page. */
export const managedEventFiltersSchema = z.object({
  when: z.preprocess(firstValue, z.enum(['upcoming', 'past'])).catch('upcoming'),
  page: pageParam,
});

export type ManagedEventFilters = z.infer<typeof managedEventFiltersSchema>;
