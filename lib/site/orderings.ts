// Orderings shared by every capability's queries. Each one is the order of an index (see
// docs/data-layer.md, "Indexes"), so a page of rows is read from the index instead of sorting the table.
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Publications newest first, as "Publication_status_publishedAt_createdAt_id_visibility_idx" is ordered, so a page
 * of the library is read from the index. `publishedAt` sorts descending with NULLs first, as the index
 * does (Prisma cannot declare a NULLS LAST index): publishing a publication sets its date, and the
 * query_indexes migration dated the published ones that had none.
 */
export const newestPublicationsFirst = [
  { publishedAt: 'desc' },
  { createdAt: 'desc' },
  { id: 'asc' },
] satisfies Prisma.PublicationOrderByWithRelationInput[];

/** Organisations by name, as "Organization_status_name_id_idx" and "Organization_name_id_idx" are ordered. */
export const organizationsByName = [
  { name: 'asc' },
  { id: 'asc' },
] satisfies Prisma.OrganizationOrderByWithRelationInput[];

/**
 * Organisations most recently joined first, as "Organization_status_joinedAt_id_idx" is ordered
 * (descending with NULLs first: those that have only applied, seen by staff alone, lead).
 */
export const organizationsNewestFirst = [
  { joinedAt: 'desc' },
  { id: 'asc' },
] satisfies Prisma.OrganizationOrderByWithRelationInput[];
