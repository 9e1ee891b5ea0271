'use server';

// Entry points of the people forms (/manage/people/[id]). Thin: who is asking and from where, then
// the rules in people.ts, then fresh pages. Each works as a plain form post without JavaScript.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formValues, type ActionResult } from '@/lib/forms/result';
import { changeRole, endSessions, reactivateMember, suspendMember } from './people';

type PersonWrite = typeof changeRole;

async function run(write: PersonWrite, formData: FormData, lists: string[] = []): Promise<ActionResult> {
  const viewer = await getViewer();
  const result = await write(viewer, formValues(formData, lists), { ip: await clientAddress() });
  if (result.ok) {
    revalidatePath('/manage/people', 'layout');
    revalidatePath('/manage/audit');
  }
  return result;
}

export async function changeRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return run(changeRole, formData, ['regions']);
}

/** Suspend or reactivate, by the form's `intent`: one action, so the form keeps its message as the button changes. */
export async function changeAccessAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const intent = formData.get('intent');
  if (intent === 'suspend') return run(suspendMember, formData);
  if (intent === 'reactivate') return run(reactivateMember, formData);
  return { ok: false, status: 400, message: 'invalidInput' };
}

export async function endSessionsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return run(endSessions, formData);
}
