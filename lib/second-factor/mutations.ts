// The second factor: setting it up (at sign-in for staff, from /account/second-factor for anyone),
// giving a code at sign-in, making new recovery codes, and turning it off (members only: staff must
// keep one). Every write is audited in its own transaction; no code or secret is ever logged.
//
// Setting up is stateless until it succeeds: the page makes a secret and ten recovery codes and
// shows them, and the form carries them back signed (`setup`), so nothing is stored for someone who
// only opens the page. The first code from the app proves it has the secret; only then are the
// secret (encrypted) and the codes (hashed) stored. docs/decisions/016-second-factor.md.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { recordAuditEvent } from '../audit/record';
import type { MaybeViewer } from '../auth/policy';
import { clearFailedSignIns, recordFailedSignIn, signInBlockedFor } from '../auth/rate-limit';
import type { RequestMeta } from '../auth/request';
import { findHeldMember } from '../auth/sign-in-steps';
import { createSignInTicket, type SignInTicket } from '../auth/tickets';
import { db } from '../db';
import { env, requireAuthSecret } from '../env';
import { denied, fieldRefusal, invalid, refused, type Refusal, type Result } from '../forms/result';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';
import { isSecondFactorRequired } from './requirement';
import { confirmWithCodeSchema, secondFactorSetupSchema, signInCodeSchema, setupAtSignInSchema } from './schemas';
import {
  decryptTotpSecret,
  encryptTotpSecret,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  recoveryCodeHash,
  recoveryCodePattern,
  totpCodePattern,
  totpUri,
  verifyTotp,
} from './totp';

// ─── The signed setup ────────────────────────────────────────────────────────

/** How long a setup page's secret may wait for its first code. */
const setupLifetimeMs = 30 * 60 * 1000;

export interface SecondFactorSetup {
  secret: string;
  recoveryCodes: string[];
  /** The signed form of both, for the form's hidden field. */
  setup: string;
}

function setupSignature(payload: string): string {
  return createHmac('sha256', requireAuthSecret()).update(`second-factor-setup:${payload}`).digest('base64url');
}

/**
 * A new secret and recovery codes for this member, signed for the setup form. Stores nothing. It
 * also carries the QR code's otpauth:// address, which the form shows (lib/second-factor/setup-token.ts).
 */
export function newSecondFactorSetup(member: { id: string; email: string }, now = Date.now()): SecondFactorSetup {
  const memberId = member.id;
  const secret = newTotpSecret();
  const recoveryCodes = newRecoveryCodes();
  const uri = totpUri(secret, member.email, `Coalition Portal (${new URL(env.SITE_URL).host})`);
  const payload = Buffer.from(
    JSON.stringify({ memberId, secret, recoveryCodes, uri, expires: now + setupLifetimeMs }),
  ).toString('base64url');
  return { secret, recoveryCodes, setup: `${payload}.${setupSignature(payload)}` };
}

/** The secret and codes a setup form carried back, if this member's page made them and in time. */
export function readSecondFactorSetup(
  setup: string,
  memberId: string,
  now = Date.now(),
): Omit<SecondFactorSetup, 'setup'> | null {
  const [payload = '', given = ''] = setup.split('.');
  const [a, b] = [Buffer.from(given), Buffer.from(setupSignature(payload))];
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    memberId: string;
    secret: string;
    recoveryCodes: string[];
    expires: number;
  };
  if (data.memberId !== memberId || !(data.expires > now)) return null;
  return { secret: data.secret, recoveryCodes: data.recoveryCodes };
}

// ─── Setting it up ───────────────────────────────────────────────────────────

/** The form's answer when its setup is stale (over 30 minutes) or not its own. */
const setupExpired = refused(400, 'setupExpired');

/** A setup form's values, or its refusal: a malformed `setup` field is a stale or foreign page. */
function parseSetupForm<T>(schema: z.ZodType<T>, input: unknown): { values: T } | { refusal: Refusal } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { values: parsed.data };
  const badSetup = parsed.error.issues.some((issue) => issue.path[0] === 'setup');
  return { refusal: badSetup ? setupExpired : invalid(parsed.error) };
}

/**
 * Runs `check` (a code) within the account's sign-in limits at this address: 429 while they are
 * met; a wrong code (`check` gives null) counts as a wrong password would. The caller clears the
 * failures where a right code completes a sign-in.
 */
async function withinSignInLimits<T>(email: string, ip: string, check: () => Promise<T | null>): Promise<T | Refusal> {
  const blockedFor = await signInBlockedFor(email, ip);
  if (blockedFor > 0) return refused(429, 'rateLimited', { minutes: Math.ceil(blockedFor / 60) });
  const result = await check();
  if (result !== null) return result;
  await recordFailedSignIn(email, ip);
  return fieldRefusal(400, 'code', 'wrongCode');
}

/** Removes a member's second factor (the app's secret and every recovery code), in the caller's transaction. */
export async function removeSecondFactor(tx: Prisma.TransactionClient, memberId: string): Promise<void> {
  await tx.member.update({
    where: { id: memberId },
    data: { totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null },
  });
  await tx.recoveryCode.deleteMany({ where: { memberId } });
}

/**
 * Stores the second factor of a setup the member's app confirmed with a code. `actorId` is who
 * asked (the member themself). Refused if the member has one already (another tab finished first).
 */
async function storeSecondFactor(
  memberId: string,
  values: { setup: string; code: string },
  meta: RequestMeta,
  now = new Date(),
): Promise<Result> {
  const setup = readSecondFactorSetup(values.setup, memberId, now.getTime());
  if (!setup) return setupExpired;
  const timeStep = await verifyTotp(setup.secret, values.code, { now: now.getTime() });
  if (timeStep === null) return fieldRefusal(400, 'code', 'wrongCode');
  return db.$transaction(async (tx) => {
    const stored = await tx.member.updateMany({
      where: { id: memberId, totpEnabledAt: null },
      data: { totpSecret: encryptTotpSecret(setup.secret), totpEnabledAt: now, totpLastTimeStep: timeStep },
    });
    if (stored.count !== 1) return refused(409, 'alreadyOn');
    await replaceCodes(tx, memberId, setup.recoveryCodes);
    await recordAuditEvent(tx, {
      actorId: memberId,
      action: 'member.second_factor_on',
      subjectType: 'Member',
      subjectId: memberId,
      after: { secondFactor: true, recoveryCodes: setup.recoveryCodes.length },
      ip: meta.ip,
    });
    return { ok: true, message: 'secondFactorOn' };
  });
}

async function replaceCodes(tx: Prisma.TransactionClient, memberId: string, codes: string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { memberId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ memberId, codeHash: recoveryCodeHash(memberId, code) })),
  });
}

/** From /account/second-factor: a signed-in member turns it on. */
export async function enableSecondFactor(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result> {
  if (!viewer) return denied(viewer);
  const form = parseSetupForm(secondFactorSetupSchema, input);
  if ('refusal' in form) return form.refusal;
  return storeSecondFactor(viewer.id, form.values, meta, now);
}

// ─── Checking a code ─────────────────────────────────────────────────────────

/**
 * Whether `code` is this member's: a TOTP code of a time step after the last one used (taken in one
 * conditional write, so two requests with the same code cannot both pass), or an unused recovery
 * code (used up by the same kind of write). Anything else, or an unreadable secret, is no.
 */
export async function useSecondFactorCode(
  tx: Prisma.TransactionClient,
  memberId: string,
  code: string,
  meta: RequestMeta,
  now = new Date(),
): Promise<'app' | 'recovery-code' | null> {
  if (totpCodePattern.test(code)) {
    const member = await tx.member.findUnique({
      where: { id: memberId },
      select: { totpSecret: true, totpLastTimeStep: true },
    });
    const secret = member?.totpSecret ? decryptTotpSecret(member.totpSecret) : null;
    if (!member || !secret) return null;
    const timeStep = await verifyTotp(secret, code, { afterTimeStep: member.totpLastTimeStep, now: now.getTime() });
    if (timeStep === null) return null;
    const taken = await tx.member.updateMany({
      where: { id: memberId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: timeStep } }] },
      data: { totpLastTimeStep: timeStep },
    });
    return taken.count === 1 ? 'app' : null;
  }
  const normalized = normalizeRecoveryCode(code);
  if (!recoveryCodePattern.test(normalized)) return null;
  const used = await tx.recoveryCode.updateMany({
    where: { memberId, codeHash: recoveryCodeHash(memberId, normalized), usedAt: null },
    data: { usedAt: now },
  });
  if (used.count !== 1) return null;
  const left = await tx.recoveryCode.count({ where: { memberId, usedAt: null } });
  await recordAuditEvent(tx, {
    actorId: memberId,
    action: 'member.recovery_code_used',
    subjectType: 'Member',
    subjectId: memberId,
    after: { recoveryCodesLeft: left },
    ip: meta.ip,
  });
  return 'recovery-code';
}

// ─── The second step of signing in ───────────────────────────────────────────

/** The held first factor no longer stands (expired, or the member changed since): sign in again. */
const signInAgain = refused(400, 'signInAgain');

export type SignInStepResult = Result<{ ticket: string; callbackUrl: string }>;

/**
 * The code step: a right code turns the held first factor into a complete ticket. Wrong codes count
 * against the same limits as wrong passwords (per account and address, and per address), so the
 * code cannot be guessed either.
 */
export async function completeSignInWithCode(
  held: SignInTicket | null,
  input: unknown,
  meta: { ip: string },
  now = new Date(),
): Promise<SignInStepResult> {
  if (!held) return signInAgain;
  const parsed = signInCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const found = await findHeldMember(held);
  if (found?.step !== 'code') return signInAgain;
  const { member } = found;
  const used = await withinSignInLimits(member.email, meta.ip, () =>
    db.$transaction((tx) => useSecondFactorCode(tx, member.id, parsed.data.code, meta, now)),
  );
  if (typeof used !== 'string') return used;
  await clearFailedSignIns(member.email, meta.ip);
  return { ok: true, data: { ticket: createSignInTicket(member, 'complete'), callbackUrl: parsed.data.callbackUrl } };
}

/** The setup step (staff who must have a second factor and have none): set it up, then sign in. */
export async function completeSignInWithSetup(
  held: SignInTicket | null,
  input: unknown,
  meta: { ip: string },
  now = new Date(),
): Promise<SignInStepResult> {
  if (!held) return signInAgain;
  const form = parseSetupForm(setupAtSignInSchema, input);
  if ('refusal' in form) return form.refusal;
  const found = await findHeldMember(held);
  if (found?.step !== 'setup') return signInAgain;
  const stored = await storeSecondFactor(found.member.id, form.values, meta, now);
  if (!stored.ok) return stored;
  return {
    ok: true,
    data: { ticket: createSignInTicket(found.member, 'complete'), callbackUrl: form.values.callbackUrl },
  };
}

// ─── Managing it from the account ────────────────────────────────────────────

interface CodeConfirmed {
  tx: Prisma.TransactionClient;
  memberId: string;
}

/**
 * Runs `change` in one transaction once a current code (app or recovery) confirms it is really the
 * member, and only while they have a second factor. Wrong codes count against the sign-in limits,
 * so a stolen session cannot guess its way to turning the second factor off. `refuse` may turn the
 * request down before any code is checked.
 */
async function withConfirmedCode<T>(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now: Date,
  change: (confirmed: CodeConfirmed) => Promise<Result<T>>,
  refuse: (member: { email: string; role: Role }) => Refusal | null = () => null,
): Promise<Result<T>> {
  if (!viewer) return denied(viewer);
  const parsed = confirmWithCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const member = await db.member.findUnique({
    where: { id: viewer.id },
    select: { email: true, role: true, totpEnabledAt: true },
  });
  if (!member?.totpEnabledAt) return refused(409, 'notOn');
  const refusal = refuse(member);
  if (refusal) return refusal;
  return withinSignInLimits(member.email, meta.ip ?? 'unknown', () =>
    db.$transaction(async (tx): Promise<Result<T> | null> => {
      if (!(await useSecondFactorCode(tx, viewer.id, parsed.data.code, meta, now))) return null;
      return change({ tx, memberId: viewer.id });
    }),
  );
}

/** Ten new recovery codes (the old ones stop working), confirmed with a current code. */
export async function replaceRecoveryCodes(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ recoveryCodes: string[] }>> {
  const recoveryCodes = newRecoveryCodes();
  return withConfirmedCode(viewer, input, meta, now, async ({ tx, memberId }) => {
    await replaceCodes(tx, memberId, recoveryCodes);
    await recordAuditEvent(tx, {
      actorId: memberId,
      action: 'member.recovery_codes_replaced',
      subjectType: 'Member',
      subjectId: memberId,
      after: { recoveryCodes: recoveryCodes.length },
      ip: meta.ip,
    });
    return { ok: true, message: 'recoveryCodesReplaced', data: { recoveryCodes } };
  });
}

/** A member turns their second factor off, confirmed with a current code. Staff cannot. */
export async function disableSecondFactor(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result> {
  return withConfirmedCode(
    viewer,
    input,
    meta,
    now,
    async ({ tx, memberId }) => {
      await removeSecondFactor(tx, memberId);
      await recordAuditEvent(tx, {
        actorId: memberId,
        action: 'member.second_factor_off',
        subjectType: 'Member',
        subjectId: memberId,
        before: { secondFactor: true },
        after: { secondFactor: false },
        ip: meta.ip,
      });
      return { ok: true, message: 'secondFactorOff' };
    },
    (member) => (isSecondFactorRequired(member) ? refused(403, 'staffMustKeep') : null),
  );
}
