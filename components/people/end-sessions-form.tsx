'use client';

// End every session of a person: one button, posted to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button-link';
import { endSessionsAction } from '@/lib/members/people-actions';
import { ActionResultAlert } from './action-result-alert';

export function EndSessionsForm({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations('people.sessionsForm');
  const [result, formAction, pending] = useActionState(endSessionsAction, null);
  return (
    <form action={formAction} className="flex flex-col items-start gap-4">
      <ActionResultAlert result={result} />
      <input type="hidden" name="memberId" value={memberId} />
      <p className="text-slate-700">{t('text', { name })}</p>
      <button type="submit" disabled={pending} className={buttonClasses('secondary')}>
        {pending ? t('working') : t('submit')}
      </button>
    </form>
  );
}
