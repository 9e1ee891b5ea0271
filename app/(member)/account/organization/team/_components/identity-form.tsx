'use client';

// The organisation's name and type, which its team's admins and staff of its regions change.
import { useTranslations } from 'next-intl';
import { SelectInputField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import type { OrganizationType } from '@/lib/generated/prisma/enums';
import { updateOrganizationIdentityAction } from '@/lib/teams/actions';
import { organizationIdentitySchema, organizationTypes } from '@/lib/teams/schemas';

export function IdentityForm({
  organizationId,
  name,
  type,
}: {
  organizationId: string;
  name: string;
  type: OrganizationType;
}) {
  const t = useTranslations('teams.identity');
  const tAll = useTranslations();
  const { form, formProps, field, summary, pending } = useActionForm({
    action: updateOrganizationIdentityAction,
    schema: organizationIdentitySchema,
    defaultValues: { organizationId, name, type },
    namespace: 'teams',
    id: 'identity',
  });
  return (
    <form {...formProps} className="flex max-w-xl flex-col gap-6">
      {summary}
      <input type="hidden" defaultValue={organizationId} {...form.register('organizationId')} />
      <TextField label={t('name')} autoComplete="organization" {...field('name')} />
      <SelectInputField
        label={t('type')}
        placeholder={t('type')}
        options={organizationTypes.map((option) => ({
          value: option,
          label: tAll(`common.organizationType.${option}`),
        }))}
        {...field('type')}
      />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('saving')} />
    </form>
  );
}
