'use client';

// Changing one's name (/account).
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { TextField } from '@/components/ui/text-field';
import type { updateOwnNameAction } from '@/lib/members/account-actions';
import { nameMaxLength, updateNameSchema, type UpdateNameInput } from '@/lib/members/account-schemas';
import { useActionForm, useFormMessages } from './use-action-form';

export function NameForm({ name, action }: { name: string; action: typeof updateOwnNameAction }) {
  const t = useTranslations('account');
  const messages = useFormMessages('account');
  const { state, pending, formAction, formRef, onSubmit, serverError } = useActionForm(action);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<UpdateNameInput>({
    resolver: zodResolver(updateNameSchema),
    defaultValues: { name: state?.values?.name ?? name },
  });

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit(handleSubmit)}
      noValidate
      aria-labelledby="name-heading"
      className="flex max-w-xl flex-col gap-4"
    >
      {state && !state.ok ? <FormAlert>{messages.form(state.message)}</FormAlert> : null}
      {state?.ok ? <FormAlert tone="success">{messages.success(state.message)}</FormAlert> : null}
      <TextField
        id="account-name"
        label={t('nameForm.name')}
        hint={t('nameForm.hint')}
        autoComplete="name"
        maxLength={nameMaxLength}
        defaultValue={state?.values?.name ?? name}
        error={messages.field(errors.name?.message ?? serverError('name'))}
        {...register('name')}
      />
      <div>
        <button type="submit" disabled={pending} className={buttonClasses('primary')}>
          {pending ? t('saving') : t('nameForm.submit')}
        </button>
      </div>
    </form>
  );
}
