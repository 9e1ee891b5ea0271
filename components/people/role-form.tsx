'use client';

// The role form: a role and, for coordinators, their regions. Checked in the browser with the same
// schema as the server; posted to a server action, so it also works as a plain form without JavaScript.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { buttonClasses } from '@/components/ui/button-link';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeRoleAction } from '@/lib/members/people-actions';
import { changeRoleSchema, roles } from '@/lib/members/people-schemas';
import { ActionResultAlert } from './action-result-alert';

type Input = z.input<typeof changeRoleSchema>;
type Output = z.output<typeof changeRoleSchema>;

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
  const [result, formAction, pending] = useActionState(changeRoleAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(changeRoleSchema),
    defaultValues: { memberId, role, regions },
  });
  // Once saved, show what was stored (e.g. no regions for a member), not what was ticked.
  const savedRegions = regions.join(',');
  useEffect(() => {
    if (result?.ok) reset({ memberId, role, regions: savedRegions ? savedRegions.split(',') : [] });
  }, [result, memberId, role, savedRegions, reset]);
  const serverErrors = result && !result.ok ? result.fieldErrors : undefined;
  const fieldError = (name: 'role' | 'regions') => {
    const key = errors[name]?.message ?? serverErrors?.[name]?.[0];
    return key ? t(`errors.${key}` as 'errors.roleRequired') : null;
  };
  const roleError = fieldError('role');
  const regionsError = fieldError('regions');

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void handleSubmit(() => {
          if (formRef.current) {
            const data = new FormData(formRef.current);
            startTransition(() => formAction(data));
          }
        })(event);
      }}
      className="flex flex-col gap-6"
    >
      <ActionResultAlert result={result} />
      <input type="hidden" defaultValue={memberId} {...register('memberId')} />
      <fieldset aria-describedby={roleError ? 'role-error' : undefined}>
        <legend className="text-sm font-semibold text-slate-800">{t('roleForm.role')}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {roles.map((option) => (
            <label
              key={option}
              className="has-[:checked]:border-brand-800 has-[:checked]:bg-brand-50 flex min-h-11 items-start gap-3 rounded-md border border-slate-300 p-3"
            >
              <input
                type="radio"
                value={option}
                defaultChecked={option === role}
                className="accent-brand-800 mt-1 size-4"
                {...register('role')}
              />
              <span>
                <span className="block font-semibold text-slate-900">{t(`roles.${option}`)}</span>
                <span className="block text-sm text-slate-700">{t(`roleDescriptions.${option}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {roleError ? (
          <p id="role-error" role="alert" className="mt-2 text-sm font-medium text-red-800">
            {roleError}
          </p>
        ) : null}
      </fieldset>
      <fieldset aria-describedby={['regions-hint', regionsError ? 'regions-error' : null].filter(Boolean).join(' ')}>
        <legend className="text-sm font-semibold text-slate-800">{t('roleForm.regions')}</legend>
        <p id="regions-hint" className="mt-1 text-sm text-slate-700">
          {t('roleForm.regionsHint')}
        </p>
        <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
          {regionOptions.map((region) => (
            <label key={region.slug} className="flex min-h-11 items-center gap-3 text-slate-900">
              <input
                type="checkbox"
                value={region.slug}
                defaultChecked={regions.includes(region.slug)}
                className="accent-brand-800 size-4"
                {...register('regions')}
              />
              {region.name}
            </label>
          ))}
        </div>
        {regionsError ? (
          <p id="regions-error" role="alert" className="mt-2 text-sm font-medium text-red-800">
            {regionsError}
          </p>
        ) : null}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className={buttonClasses('primary')}>
          {pending ? t('roleForm.saving') : t('roleForm.submit')}
        </button>
      </div>
    </form>
  );
}
