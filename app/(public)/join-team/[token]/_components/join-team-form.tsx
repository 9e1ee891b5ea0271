'use client';

// Following a team invitation: one button that posts the mailed link's token (a hidden field, in
// the HTML for browsers without JavaScript). Opening the page changes nothing; the button does.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { acceptTeamInvitationAction } from '@/lib/teams/actions';
import { acceptTeamInvitationSchema } from '@/lib/teams/schemas';

export function JoinTeamForm({ token }: { token: string }) {
  const t = useTranslations('teams');
  const { form, formProps, summary, pending } = useActionForm({
    action: acceptTeamInvitationAction,
    schema: acceptTeamInvitationSchema,
    defaultValues: { token },
    namespace: 'teams',
    id: 'join-team',
  });
  return (
    <form {...formProps} className="flex flex-col gap-5">
      {summary}
      <input type="hidden" defaultValue={token} {...form.register('token')} />
      <SubmitButton pending={pending} label={t('join.submit')} pendingLabel={t('join.joining')} />
    </form>
  );
}
