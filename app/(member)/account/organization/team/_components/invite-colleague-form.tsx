'use client';

// Invite a colleague to the team by name and address: posted to a server action, so it also works
// without JavaScript; checked in the browser with the server's schema.
import { useTranslations } from 'next-intl';
import { Choice } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { inviteColleagueAction } from '@/lib/teams/actions';
import { inviteColleagueSchema } from '@/lib/teams/schemas';

export function InviteColleagueForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations('teams.invite');
  const { form, formProps, field, choice, summary, pending } = useActionForm({
    action: inviteColleagueAction,
    schema: inviteColleagueSchema,
    defaultValues: { organizationId, name: '', email: '', organizationAdmin: false },
    namespace: 'teams',
    id: 'invite',
  });
  return (
    <form {...formProps} className="flex max-w-xl flex-col gap-6">
      {summary}
      <input type="hidden" defaultValue={organizationId} {...form.register('organizationId')} />
      <TextField label={t('name')} autoComplete="off" {...field('name')} />
      <TextField type="email" label={t('email')} autoComplete="off" {...field('email')} />
      <Choice label={t('admin')} {...choice('organizationAdmin', 'yes')} />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('sending')} />
    </form>
  );
}
