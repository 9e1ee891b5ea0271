// Forms and GET filters of people administration (/manage/people). Error messages are keys of the
// `people.errors` catalogue. Invalid filter values are ignored, so a hand-edited address never fails.
import { z } from 'zod';
import { MemberStatus, Role } from '@/lib/generated/prisma/enums';
import { regionSlugsSchema } from '@/lib/forms/fields';
import { enumParam, pageParam, textParam } from '@/lib/site/search-params';

export const roles = Object.values(Role);
export const memberStatuses = Object.values(MemberStatus);

/** Roles from least to most rights: a change to a lower one is a demotion. */
export const roleRank: Record<Role, number> = { MEMBER: 0, COORDINATOR: 1, ADMIN: 2 };

export const peopleFiltersSchema = z.object({
  /** Part of a name or an email address. */
  q: textParam,
  role: enumParam(Role),
  status: enumParam(MemberStatus),
  page: pageParam,
});

export type PeopleFilters = z.infer<typeof peopleFiltersSchema>;

export function parsePeopleFilters(searchParams: Record<string, unknown>): PeopleFilters {
  return peopleFiltersSchema.parse(searchParams);
}

/** The id of the person a form acts on (a hidden field). */
export const memberIdSchema = z.string({ error: 'memberRequired' }).trim().min(1, { error: 'memberRequired' }).max(64, {
  error: 'memberRequired',
});

/** Suspend, reactivate and end sessions: buttons that carry only the person's id. */
export const memberActionSchema = z.object({ memberId: memberIdSchema });

export type MemberActionInput = z.input<typeof memberActionSchema>;

/** The role form: the role and, for coordinators, the regions they are limited to (none: all). */
export const changeRoleSchema = z.object({
  memberId: memberIdSchema,
  role: z.enum(Role, { error: 'roleRequired' }),
  regions: regionSlugsSchema,
});

export type ChangeRoleInput = z.input<typeof changeRoleSchema>;
