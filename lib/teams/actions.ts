'use server';

// Entry points of the team page (/account/organization/team) and of the staff's invitation form
// (/manage/people/invite). Thin: who is asking and from where, the rules in mutations.ts, then fresh
// pages. Each works as a plain form post without JavaScript.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { MaybeViewer } from '@/lib/auth/policy';
import { clientAddress, type RequestMeta } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import type { Result, SubmittedValues } from '@/lib/forms/result';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import {
  acceptTeamInvitation,
  inviteColleague,
  invitePerson,
  removeColleague,
  setTeamAdmin,
  updateOrganizationIdentity,
} from './mutations';
import { invitePersonListFields } from './schemas';

/** Runs a write as the viewer, and on success refreshes the pages that show teams and people. */
async function run<T>(
  write: (viewer: MaybeViewer, input: unknown, meta: RequestMeta) => Promise<Result<T>>,
  values: SubmittedValues,
): Promise<Result> {
  const result = await write(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/account/organization', 'layout');
  revalidatePath('/manage/people', 'layout');
  return { ok: true, message: result.message, params: result.params };
}

export const inviteColleagueAction = formAction((values) => run(inviteColleague, values));

/**
 * Removing a colleague takes their row off the page, and its message with it: the page says it
 * instead (?outcome=removed). Whoever removed themself no longer has the page: their account's.
 */
export const removeColleagueAction = formAction(async (values) => {
  const result = await removeColleague(await getViewer(), values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/account/organization', 'layout');
  revalidatePath('/manage/people', 'layout');
  if (result.data.self) redirect('/account');
  redirect(`/account/organization/team?org=${encodeURIComponent(result.data.organizationSlug)}&outcome=removed`);
});

export const setTeamAdminAction = formAction((values) => run(setTeamAdmin, values));

/** The organisation's name and type: the directory shows them to visitors. */
export const updateOrganizationIdentityAction = formAction(async (values) => {
  const result = await run(updateOrganizationIdentity, values);
  if (result.ok) refreshPublicPages();
  return result;
});

export const invitePersonAction = formAction((values) => run(invitePerson, values), {
  lists: invitePersonListFields,
});

/**
 * Following a team invitation (/join-team/[token]): on to choose a password (an account that never
 * had one), or to the page that says the account is in the team.
 */
export const acceptTeamInvitationAction = formAction(async (values) => {
  const result = await acceptTeamInvitation(values, { ip: await clientAddress() });
  if (!result.ok) return result;
  revalidatePath('/account/organization', 'layout');
  revalidatePath('/manage/people', 'layout');
  redirect(result.data.next);
});
