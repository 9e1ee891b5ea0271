// Who must have a second factor: coordinators and admins (staff), from the first sign-in after the
// role is granted; members may choose one. The one exception is the demo's staff accounts on a
// portal that serves this machine alone (item 1 of issue 7: they exist nowhere else), so a newcomer
// can try the staff area with the README's password; their pages say so.
import { env, isLoopbackSite } from '../env';
import type { Role } from '../generated/prisma/enums';
import { isDemoAccount } from '../site/demo-accounts';

export interface SecondFactorSubject {
  email: string;
  role: Role;
}

const isStaffRole = (role: Role) => role === 'COORDINATOR' || role === 'ADMIN';

/** A demo staff account on a loopback portal: signs in with its password alone. */
export function isSecondFactorWaived(member: SecondFactorSubject, siteUrl = env.SITE_URL): boolean {
  return isStaffRole(member.role) && isDemoAccount(member.email) && isLoopbackSite(siteUrl);
}

/** Whether this person may not be signed in without a second factor. */
export function isSecondFactorRequired(member: SecondFactorSubject, siteUrl = env.SITE_URL): boolean {
  return isStaffRole(member.role) && !isSecondFactorWaived(member, siteUrl);
}
