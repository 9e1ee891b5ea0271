'use client';

// Changing one's email address (/account): the new address and the current password.
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import type { changeOwnEmailAction } from '@/lib/members/account-actions';
import { changeEmailSchema, type ChangeEmailInput } from '@/lib/members/account-schemas';
import { useActionForm, useFormMessages } from './use-action-form';

export function EmailForm({ email, action }: { email: string; action: typeof changeOwnEmailAction }) {
  const t = useTranslations('account');
  const messages = useFormMessages('account');
  const { state, pending, formAction, formRef, onSubmit, serverError } = useActionForm(action);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors },
  } = useForm<ChangeEmailInput>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { email: state?.values?.email ?? email, currentPassword: '' },
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit(handleSubmit, () => resetField('currentPassword'))}
      noValidate
      aria-labelledby="email-heading"
      className="flex max-w-xl flex-col gap-4"
    >
      {state && !state.ok ? <FormAlert>{messages.form(state.message)}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{messages.success(state.message)}</FormAlert> : null}
      <TextField
        id="account-email"
        type="email"
        label={t('emailForm.email')}
        hint={t('emailForm.hint')}
        autoComplete="email"
        defaultValue={state?.values?.email ?? email}
        error={messages.field(errors.email?.message ?? serverError('email'))}
        {...register('email')}
      />
      <TextField
        id="account-email-current-password"
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        error={messages.field(errors.currentPassword?.message ?? serverError('currentPassword'))}
        {...register('currentPassword')}
      />
      <div>
        <button type="submit" disabled={pending} className={buttonClasses('primary')}>
          {pending ? t('saving') : t('emailForm.submit')}
        </button>
      </div>
    </form>
  );
}
