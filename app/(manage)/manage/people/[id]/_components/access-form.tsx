'use client';

// Suspend or reactivate an account: one button, posted to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import type { MemberStatus } from '@/lib/generated/prisma/enums';
import { changeAccessAction } from '@/lib/people/actions';

export function AccessForm({ memberId, name, status }: { memberId: string; name: string; status: MemberStatus }) {
  const t = useTranslations('people.accessForm');
  const { formProps, summary, pending } = useActionForm({
    action: changeAccessAction,
    defaultValues: {},
    namespace: 'people',
    id: 'access',
  });
  const suspended = status === 'SUSPENDED';
  return (
    <form {...formProps} className="flex flex-col items-start gap-4">
      {summary}
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="intent" value={suspended ? 'reactivate' : 'suspend'} />
      <p className="text-slate-700">{suspended ? t('suspendedText', { name }) : t('activeText', { name })}</p>
      <SubmitButton
        pending={pending}
        variant={suspended ? 'primary' : 'secondary'}
        label={suspended ? t('reactivate') : t('suspend')}
        pendingLabel={t('working')}
      />
    </form>
  );
}
