'use client';

// Suspend or reactivate an account: one button, posted to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button-link';
import type { MemberStatus } from '@/lib/generated/prisma/enums';
import { changeAccessAction } from '@/lib/members/people-actions';
import { ActionResultAlert } from './action-result-alert';

export function AccessForm({ memberId, name, status }: { memberId: string; name: string; status: MemberStatus }) {
  const t = useTranslations('people.accessForm');
  const [result, formAction, pending] = useActionState(changeAccessAction, null);
  const suspended = status === 'SUSPENDED';
  return (
    <form action={formAction} className="flex flex-col items-start gap-4">
      <ActionResultAlert result={result} />
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="intent" value={suspended ? 'reactivate' : 'suspend'} />
      <p className="text-slate-700">{suspended ? t('suspendedText', { name }) : t('activeText', { name })}</p>
      <button type="submit" disabled={pending} className={buttonClasses(suspended ? 'primary' : 'secondary')}>
        {pending ? t('working') : suspended ? t('reactivate') : t('suspend')}
      </button>
    </form>
  );
}
