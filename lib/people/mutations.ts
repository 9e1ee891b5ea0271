// People administration (/manage/people): admins change people's role and coordinator regions,
// suspend and reactivate them, and end their sessions. Every function takes the viewer first and
// returns a result instead of throwing, so the 'use server' wrappers (actions.ts) stay thin and
// the rules are tested without a request.
//
// Rules beyond the policy: lowering a role, suspending and ending sessions raise `sessionVersion`,
// which signs the person out on their very next request (docs/decisions/005); the portal keeps at
// least one active admin.
import 'server-only';
import { recordAuditEvent, changedFields } from '@/lib/audit/record';
import { can, type MaybeViewer, type Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import type { RequestMeta } from '@/lib/auth/request';
import { denied, fieldRefusal, invalid, missing, refused, type Refusal, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MemberStatus, Role } from '@/lib/generated/prisma/enums';
import { removeSecondFactor } from '@/lib/second-factor/mutations';
import { changeRoleSchema, memberActionSchema, roleRank } from './schemas';

// ─── Writes ──────────────────────────────────────────────────────────────────

/** The person id a submitted form names, before parsing, so the policy can be asked first. */
function memberIdOf(input: unknown): string {
  if (typeof input !== 'object' || input === null || !('memberId' in input)) return '';
  return typeof input.memberId === 'string' ? input.memberId.trim() : '';
}

/** The viewer, if they may manage the person the input names; else the refusal. */
function authorize(viewer: MaybeViewer, input: unknown): { viewer: Viewer } | { refusal: Refusal } {
  if (!viewer) return { refusal: denied(viewer) };
  if (!can(viewer, 'member:manage', { memberId: memberIdOf(input) })) return { refusal: denied(viewer) };
  return { viewer };
}

const personForChange = {
  id: true,
  role: true,
  status: true,
  sessionVersion: true,
  totpEnabledAt: true,
  coordinatorRegions: { select: { slug: true } },
} as const satisfies Prisma.MemberSelect;

type PersonForChange = Prisma.MemberGetPayload<{ select: typeof personForChange }>;

/**
 * Locks the person and every active admin (in id order, so two changes cannot deadlock), then reads
 * the person. Holding the admins' rows means two admins demoting each other at the same moment
 * cannot leave the portal without one: the second sees the first's change and is refused.
 */
async function lockPerson(
  tx: Prisma.TransactionClient,
  memberId: string,
): Promise<{ person: PersonForChange; otherActiveAdmins: number } | null> {
  const locked = await tx.$queryRaw<{ id: string; role: string; status: string }[]>`
    SELECT "id", "role"::text AS "role", "status"::text AS "status" FROM "Member"
    WHERE "id" = ${memberId} OR ("role" = 'ADMIN' AND "status" = 'ACTIVE')
    ORDER BY "id" FOR UPDATE`;
  const person = await tx.member.findUnique({ where: { id: memberId }, select: personForChange });
  if (!person) return null;
  const otherActiveAdmins = locked.filter(
    (row) => row.id !== memberId && row.role === 'ADMIN' && row.status === 'ACTIVE',
  ).length;
  return { person, otherActiveAdmins };
}

const isActiveAdmin = (person: { role: Role; status: MemberStatus }) =>
  person.role === 'ADMIN' && person.status === 'ACTIVE';

const lastActiveAdmin = refused(409, 'lastActiveAdmin');

/**
 * Sets a person's role and, for a coordinator, the regions they are limited to (none: all regions;
 * other roles keep none). Lowering the role ends their sessions.
 */
export async function changeRole(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  const asking = authorize(viewer, input);
  if ('refusal' in asking) return asking.refusal;
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { memberId, role } = parsed.data;

  const regionSlugs = role === 'COORDINATOR' ? [...new Set(parsed.data.regions)].sort() : [];
  const regions = await db.region.findMany({ where: { slug: { in: regionSlugs } }, select: { id: true, slug: true } });
  if (regions.length !== regionSlugs.length) {
    return fieldRefusal(400, 'regions', 'regionUnknown', 'invalidInput');
  }

  return db.$transaction(async (tx): Promise<Result> => {
    const found = await lockPerson(tx, memberId);
    if (!found) return missing();
    const { person, otherActiveAdmins } = found;
    const changes = changedFields(
      { role: person.role, regions: person.coordinatorRegions.map((region) => region.slug).sort() },
      { role, regions: regionSlugs },
    );
    if (Object.keys(changes.after).length === 0) return { ok: true, message: 'noChanges' };
    if (isActiveAdmin(person) && role !== 'ADMIN' && otherActiveAdmins === 0) return lastActiveAdmin;

    const lowered = roleRank[role] < roleRank[person.role];
    await tx.member.update({
      where: { id: memberId },
      data: {
        role,
        coordinatorRegions: { set: regions.map((region) => ({ id: region.id })) },
        ...(lowered ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    await recordAuditEvent(tx, {
      actorId: asking.viewer.id,
      action: 'member.change_role',
      subjectType: 'Member',
      subjectId: memberId,
      ...changes,
      ip: meta.ip,
    });
    return { ok: true, message: lowered ? 'roleLowered' : 'roleChanged' };
  });
}

/**
 * The shared steps of the one-button writes: who is asking, may they, parse, then `change` inside a
 * transaction that holds the person's row.
 */
async function changeMember(
  viewer: MaybeViewer,
  input: unknown,
  change: (
    tx: Prisma.TransactionClient,
    found: { person: PersonForChange; otherActiveAdmins: number },
    actorId: string,
  ) => Promise<Result>,
): Promise<Result> {
  const asking = authorize(viewer, input);
  if ('refusal' in asking) return asking.refusal;
  const parsed = memberActionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return db.$transaction(async (tx) => {
    const found = await lockPerson(tx, parsed.data.memberId);
    return found ? change(tx, found, asking.viewer.id) : missing();
  });
}

/** Suspends a person: they cannot sign in, and their sessions end at once. */
export async function suspendMember(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  return changeMember(viewer, input, async (tx, { person, otherActiveAdmins }, actorId) => {
    if (person.status === 'SUSPENDED') return refused(409, 'alreadySuspended');
    if (isActiveAdmin(person) && otherActiveAdmins === 0) return lastActiveAdmin;
    const after = { status: 'SUSPENDED' as const, sessionVersion: person.sessionVersion + 1 };
    await tx.member.update({ where: { id: person.id }, data: after });
    await recordAuditEvent(tx, {
      actorId,
      action: 'member.suspend',
      subjectType: 'Member',
      subjectId: person.id,
      ...changedFields({ status: person.status, sessionVersion: person.sessionVersion }, after),
      ip: meta.ip,
    });
    return { ok: true, message: 'suspended' };
  });
}

/** Lets a suspended person sign in again. */
export async function reactivateMember(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  return changeMember(viewer, input, async (tx, { person }, actorId) => {
    if (person.status !== 'SUSPENDED') return refused(409, 'notSuspended');
    await tx.member.update({ where: { id: person.id }, data: { status: 'ACTIVE' } });
    await recordAuditEvent(tx, {
      actorId,
      action: 'member.reactivate',
      subjectType: 'Member',
      subjectId: person.id,
      before: { status: person.status },
      after: { status: 'ACTIVE' },
      ip: meta.ip,
    });
    return { ok: true, message: 'reactivated' };
  });
}

/** Signs a person out everywhere: their next request, on any device, is a visitor's. */
export async function endSessions(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  return changeMember(viewer, input, async (tx, { person }, actorId) => {
    const sessionVersion = person.sessionVersion + 1;
    await tx.member.update({ where: { id: person.id }, data: { sessionVersion } });
    await recordAuditEvent(tx, {
      actorId,
      action: 'member.end_sessions',
      subjectType: 'Member',
      subjectId: person.id,
      before: { sessionVersion: person.sessionVersion },
      after: { sessionVersion },
      ip: meta.ip,
    });
    return { ok: true, message: 'sessionsEnded' };
  });
}

/**
 * Removes a person's second factor when they lost their phone and their recovery codes: the app's
 * secret and the codes go, and every session ends. Staff set a new one up as they sign in again;
 * a member signs in with the password alone until they set one up.
 */
export async function resetSecondFactor(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  return changeMember(viewer, input, async (tx, { person }, actorId) => {
    if (!person.totpEnabledAt) return refused(409, 'noSecondFactor');
    const sessionVersion = person.sessionVersion + 1;
    await removeSecondFactor(tx, person.id);
    await tx.member.update({ where: { id: person.id }, data: { sessionVersion } });
    await recordAuditEvent(tx, {
      actorId,
      action: 'member.reset_second_factor',
      subjectType: 'Member',
      subjectId: person.id,
      before: { secondFactor: true, sessionVersion: person.sessionVersion },
      after: { secondFactor: false, sessionVersion },
      ip: meta.ip,
    });
    return { ok: true, message: 'secondFactorReset' };
  });
}
