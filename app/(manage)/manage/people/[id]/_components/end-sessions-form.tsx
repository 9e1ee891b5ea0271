'use client';

// End every session of a person: one button, posted to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { endSessionsAction } from '@/lib/people/actions';

export function EndSessionsForm({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations('people.sessionsForm');
  const { formProps, summary, pending } = useActionForm({
    action: endSessionsAction,
    defaultValues: {},
    namespace: 'people',
    id: 'sessions',
  });
  return (
    <form {...formProps} className="flex flex-col items-start gap-4">
      {summary}
      <input type="hidden" name="memberId" value={memberId} />
      <p className="text-slate-700">{t('text', { name })}</p>
      <SubmitButton pending={pending} variant="secondary" label={t('submit')} pendingLabel={t('working')} />
    </form>
  );
}
