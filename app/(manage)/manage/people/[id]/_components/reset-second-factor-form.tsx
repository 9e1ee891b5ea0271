'use client';

// Reset a person's second factor (lost phone and recovery codes): one button, audited by the action.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { resetSecondFactorAction } from '@/lib/people/actions';

export function ResetSecondFactorForm({ memberId, name, on }: { memberId: string; name: string; on: boolean }) {
  const t = useTranslations('people.secondFactorForm');
  const { formProps, summary, pending } = useActionForm({
    action: resetSecondFactorAction,
    defaultValues: {},
    namespace: 'people',
    id: 'second-factor',
  });
  return (
    <form {...formProps} className="flex flex-col items-start gap-4">
      {summary}
      <input type="hidden" name="memberId" value={memberId} />
      {on ? (
        <>
          <p className="max-w-prose text-slate-700">{t('text', { name })}</p>
          <SubmitButton pending={pending} variant="secondary" label={t('submit')} pendingLabel={t('working')} />
        </>
      ) : null}
    </form>
  );
}
