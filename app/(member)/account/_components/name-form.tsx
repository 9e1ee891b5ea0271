'use client';

// Changing one's name (/account).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { updateOwnNameAction } from '@/lib/accounts/actions';
import { nameMaxLength, updateNameSchema } from '@/lib/accounts/schemas';

export function NameForm({ name }: { name: string }) {
  const t = useTranslations('account');
  const { formProps, field, summary, pending } = useActionForm({
    action: updateOwnNameAction,
    schema: updateNameSchema,
    defaultValues: { name },
    namespace: 'account',
    id: 'account',
  });
  return (
    <form {...formProps} aria-labelledby="name-heading" className="flex max-w-xl flex-col gap-4">
      {summary}
      <TextField
        label={t('nameForm.name')}
        hint={t('nameForm.hint')}
        autoComplete="name"
        maxLength={nameMaxLength}
        {...field('name')}
      />
      <SubmitButton pending={pending} label={t('nameForm.submit')} pendingLabel={t('saving')} />
    </form>
  );
}
