// Reads of people administration (/manage/people): admins list people and open one person's page.
import 'server-only';
import { cache } from 'react';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MemberStatus, Role } from '@/lib/generated/prisma/enums';
import { paginated, pageWindow, type Paginated } from '@/lib/site/pagination';
import type { PeopleFilters } from './schemas';

export const peoplePageSize = 50;

export interface PersonListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  lastSignInAt: Date | null;
  organization: { name: string; slug: string } | null;
}

function peopleWhere(filters: PeopleFilters): Prisma.MemberWhereInput {
  return {
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: 'insensitive' } },
            { email: { contains: filters.q, mode: 'insensitive' } },
          ],
        }
      : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

/** The columns of a person in the list (and at the top of their page). */
const personListSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  status: true,
  lastSignInAt: true,
  organization: { select: { name: true, slug: true } },
} satisfies Prisma.MemberSelect;

/** Everyone who can sign in, by name, searched by name or email and narrowed by role and status, 50 a page. */
export async function listPeople(
  viewer: MaybeViewer,
  filters: PeopleFilters,
): Promise<Result<Paginated<PersonListItem>>> {
  if (!can(viewer, 'member:list', {})) return denied(viewer);
  const where = peopleWhere(filters);
  const [total, items] = await Promise.all([
    db.member.count({ where }),
    db.member.findMany({
      where,
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
      ...pageWindow(filters.page, peoplePageSize),
      select: personListSelect,
    }),
  ]);
  return { ok: true, data: paginated(items, total, filters.page, peoplePageSize) };
}

export interface PersonDetail extends PersonListItem {
  createdAt: Date;
  /** When their second factor was set up; null if they have none. */
  totpEnabledAt: Date | null;
  coordinatorRegions: { slug: string; name: string }[];
  /** Whether the viewer may change this person (never their own record). */
  canManage: boolean;
}

/** One person, for their page in the staff area (read once per request: the title uses it too). */
export const getPerson = cache(async (viewer: MaybeViewer, id: string): Promise<Result<PersonDetail>> => {
  if (!can(viewer, 'member:list', {})) return denied(viewer);
  const person = await db.member.findUnique({
    where: { id },
    select: {
      ...personListSelect,
      createdAt: true,
      totpEnabledAt: true,
      coordinatorRegions: { orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } },
    },
  });
  if (!person) return missing();
  return { ok: true, data: { ...person, canManage: can(viewer, 'member:manage', { memberId: person.id }) } };
});
