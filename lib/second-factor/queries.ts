// Reads for the second factor's pages: where a member stands, and a fresh setup to show.
import 'server-only';
import type { MaybeViewer } from '../auth/policy';
import { findHeldMember, readHeldFirstFactor } from '../auth/sign-in-steps';
import { db } from '../db';
import { denied, type Result } from '../forms/result';
import { newSecondFactorSetup } from './mutations';
import { isSecondFactorRequired, isSecondFactorWaived } from './requirement';

export interface SecondFactorStatus {
  on: boolean;
  since: Date | null;
  recoveryCodesLeft: number;
  /** Staff: it cannot be turned off. */
  required: boolean;
  /** A demo staff account on this machine: signs in without one (the page says so). */
  waived: boolean;
}

export async function getSecondFactorStatus(viewer: MaybeViewer): Promise<Result<SecondFactorStatus>> {
  if (!viewer) return denied(viewer);
  const member = await db.member.findUnique({
    where: { id: viewer.id },
    select: {
      email: true,
      role: true,
      totpEnabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!member) return denied(null);
  return {
    ok: true,
    data: {
      on: member.totpEnabledAt !== null,
      since: member.totpEnabledAt,
      recoveryCodesLeft: member._count.recoveryCodes,
      required: isSecondFactorRequired(member),
      waived: isSecondFactorWaived(member),
    },
  };
}

/** What the setup form starts from: a new signed setup (secret, recovery codes, QR address). */
export interface SetupView {
  setup: string;
}

export function prepareSecondFactorSetup(member: { id: string; email: string }): SetupView {
  return { setup: newSecondFactorSetup(member).setup };
}

/** A signed-in member's own setup (/account/second-factor), unless they have one already. */
export async function getOwnSecondFactorSetup(viewer: MaybeViewer): Promise<Result<SetupView | null>> {
  if (!viewer) return denied(viewer);
  const member = await db.member.findUnique({
    where: { id: viewer.id },
    select: { id: true, email: true, totpEnabledAt: true },
  });
  if (!member) return denied(null);
  return { ok: true, data: member.totpEnabledAt ? null : prepareSecondFactorSetup(member) };
}

/** Where this browser's sign-in stands at the second step: the step due, for whom; null to sign in again. */
export async function getHeldSignIn(): Promise<
  { step: 'code'; email: string } | { step: 'setup'; email: string; setup: SetupView } | null
> {
  const held = await readHeldFirstFactor();
  const found = held ? await findHeldMember(held) : null;
  if (found?.step === 'code') return { step: 'code', email: found.member.email };
  if (found?.step === 'setup') {
    return { step: 'setup', email: found.member.email, setup: prepareSecondFactorSetup(found.member) };
  }
  return null;
}
