'use server';

// Entry points of the people forms (/manage/people/[id]). Thin: who is asking and from where, then
// the rules in mutations.ts, then fresh pages. Each works as a plain form post without JavaScript.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction } from '@/lib/forms/action';
import { refused, type SubmittedValues } from '@/lib/forms/result';
import { changeRole, endSessions, reactivateMember, resetSecondFactor, suspendMember } from './mutations';

async function run(write: typeof changeRole, values: SubmittedValues) {
  const result = await write(await getViewer(), values, { ip: await clientAddress() });
  if (result.ok) {
    revalidatePath('/manage/people', 'layout');
    revalidatePath('/manage/audit');
  }
  return result;
}

export const changeRoleAction = formAction((values) => run(changeRole, values), { lists: ['regions'] });

/** Suspend or reactivate, by the form's `intent`: one action, so the form keeps its message as the button changes. */
export const changeAccessAction = formAction(async (values) => {
  if (values.intent === 'suspend') return run(suspendMember, values);
  if (values.intent === 'reactivate') return run(reactivateMember, values);
  return refused(400, 'invalidInput');
});

export const endSessionsAction = formAction((values) => run(endSessions, values));

export const resetSecondFactorAction = formAction((values) => run(resetSecondFactor, values));
