'use client';

// Staff invite a person directly: to an organisation of their regions, or (admins) as coordinator
// or admin. Checked in the browser with the server's schema; works without JavaScript.
import { useTranslations } from 'next-intl';
import { Choice, ChoiceGroup } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { invitePersonAction } from '@/lib/teams/actions';
import { invitePersonSchema, inviteTargets } from '@/lib/teams/schemas';

export function InvitePersonForm({
  mayInviteStaff,
  regionOptions,
  example,
}: {
  mayInviteStaff: boolean;
  regionOptions: { slug: string; name: string }[];
  example: string;
}) {
  const t = useTranslations('teams.staffInvite');
  const { formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: invitePersonAction,
    schema: invitePersonSchema,
    defaultValues: { name: '', email: '', role: 'MEMBER', organization: '', organizationAdmin: false, regions: [] },
    namespace: 'teams',
    id: 'invite-person',
  });
  const targets = mayInviteStaff ? inviteTargets : (['MEMBER'] as const);
  return (
    <form {...formProps} className="flex max-w-2xl flex-col gap-6">
      {summary}
      <TextField label={t('name')} autoComplete="off" {...field('name')} />
      <TextField type="email" label={t('email')} autoComplete="off" {...field('email')} />
      <ChoiceGroup id="invite-person-role" legend={t('role')} error={errorOf('role')}>
        {targets.map((target) => (
          <Choice key={target} type="radio" label={t(`roles.${target}`)} {...choice('role', target)} />
        ))}
      </ChoiceGroup>
      <TextField label={t('organization')} hint={t('organizationHint', { example })} {...field('organization')} />
      <Choice label={t('organizationAdmin')} {...choice('organizationAdmin', 'yes')} />
      {mayInviteStaff ? (
        <ChoiceGroup
          id="invite-person-regions"
          legend={t('regions')}
          hint={t('regionsHint')}
          error={errorOf('regions')}
        >
          <div className="grid gap-x-4 sm:grid-cols-2">
            {regionOptions.map((region) => (
              <Choice key={region.slug} label={region.name} {...choice('regions', region.slug)} />
            ))}
          </div>
        </ChoiceGroup>
      ) : null}
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('sending')} />
    </form>
  );
}
