'use client';

// The role form: a role and, for coordinators, their regions. Checked in the browser with the same
// schema as the server; posted to a server action, so it also works as a plain form without JavaScript.
import { useTranslations } from 'next-intl';
import { Choice, ChoiceGroup } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeRoleAction } from '@/lib/people/actions';
import { changeRoleSchema, roles } from '@/lib/people/schemas';

export function RoleForm({
  memberId,
  role,
  regions,
  regionOptions,
}: {
  memberId: string;
  role: Role;
  /** Slugs of the regions the person coordinates now. */
  regions: string[];
  regionOptions: { slug: string; name: string }[];
}) {
  const t = useTranslations('people');
  // Once saved, the form shows what was stored (e.g. no regions for a member), not what was ticked.
  const { form, formProps, choice, errorOf, summary, pending } = useActionForm({
    action: changeRoleAction,
    schema: changeRoleSchema,
    defaultValues: { memberId, role, regions },
    namespace: 'people',
    id: 'role',
  });

  return (
    <form {...formProps} className="flex flex-col gap-6">
      {summary}
      <input type="hidden" defaultValue={memberId} {...form.register('memberId')} />
      <ChoiceGroup id="role-role" legend={t('roleForm.role')} error={errorOf('role')}>
        {roles.map((option) => (
          <Choice
            key={option}
            type="radio"
            label={<span className="font-semibold">{t(`roles.${option}`)}</span>}
            description={t(`roleDescriptions.${option}`)}
            className="has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50 min-h-11 rounded-md border border-slate-300 p-3"
            {...choice('role', option)}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup
        id="role-regions"
        legend={t('roleForm.regions')}
        hint={t('roleForm.regionsHint')}
        error={errorOf('regions')}
      >
        <div className="grid gap-x-4 sm:grid-cols-2">
          {regionOptions.map((region) => (
            <Choice
              key={region.slug}
              label={region.name}
              className="min-h-11 items-center"
              {...choice('regions', region.slug)}
            />
          ))}
        </div>
      </ChoiceGroup>
      <SubmitButton pending={pending} label={t('roleForm.submit')} pendingLabel={t('roleForm.saving')} />
    </form>
  );
}
