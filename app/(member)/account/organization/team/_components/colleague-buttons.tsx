'use client';

// The buttons of one colleague in the team's table: make them an admin of the team or not, and
// remove them. Each is a form of its own, posted to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { removeColleagueAction, setTeamAdminAction } from '@/lib/teams/actions';

interface Colleague {
  id: string;
  name: string;
  organizationAdmin: boolean;
}

export function TeamAdminButton({ organizationId, colleague }: { organizationId: string; colleague: Colleague }) {
  const t = useTranslations('teams.list');
  const { formProps, summary, pending } = useActionForm({
    action: setTeamAdminAction,
    defaultValues: {},
    namespace: 'teams',
    id: `admin-${colleague.id}`,
  });
  const label = colleague.organizationAdmin
    ? t('revokeAdmin', { name: colleague.name })
    : t('makeAdmin', { name: colleague.name });
  return (
    <form {...formProps} className="flex flex-col items-start gap-2">
      {summary}
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="memberId" value={colleague.id} />
      <input type="hidden" name="organizationAdmin" value={colleague.organizationAdmin ? 'false' : 'true'} />
      <SubmitButton pending={pending} variant="secondary" label={label} pendingLabel={t('working')} />
    </form>
  );
}

export function RemoveColleagueButton({ organizationId, colleague }: { organizationId: string; colleague: Colleague }) {
  const t = useTranslations('teams.list');
  const { formProps, summary, pending } = useActionForm({
    action: removeColleagueAction,
    defaultValues: {},
    namespace: 'teams',
    id: `remove-${colleague.id}`,
  });
  return (
    <form {...formProps} className="flex flex-col items-start gap-2">
      {summary}
      <input type="hidden" name="organizationId" value={organizationId} />
      <input type="hidden" name="memberId" value={colleague.id} />
      <SubmitButton
        pending={pending}
        variant="secondary"
        label={t('remove', { name: colleague.name })}
        pendingLabel={t('working')}
      />
    </form>
  );
}
