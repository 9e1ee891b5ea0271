// Reads for the second factor's pages: where a member stands, and a fresh setup to show.
import 'server-only';
import type { MaybeViewer } from '../auth/policy';
import { firstFactorSelect, readHeldFirstFactor, secondStepOf, type SecondStep } from '../auth/sign-in-steps';
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

/** Whether the viewer is a demo staff account whose second factor is waived (the notice on staff pages). */
export async function isViewerSecondFactorWaived(viewer: MaybeViewer): Promise<boolean> {
  if (!viewer || viewer.role === 'MEMBER') return false;
  const member = await db.member.findUnique({ where: { id: viewer.id }, select: { email: true, role: true } });
  return member !== null && isSecondFactorWaived(member);
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
  if (!held) return null;
  const member = await db.member.findUnique({ where: { id: held.memberId }, select: firstFactorSelect });
  if (!member || member.status !== 'ACTIVE' || member.sessionVersion !== held.sessionVersion) return null;
  const step: SecondStep | null = secondStepOf(member);
  if (step === 'code') return { step, email: member.email };
  if (step === 'setup') return { step, email: member.email, setup: prepareSecondFactorSetup(member) };
  return null;
}
