'use client';

// Adds a theme to the vocabulary: a label; its slug is made from it and never changes.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { createThemeAction } from '@/lib/themes/actions';
import { createThemeSchema, themeLabelMaxLength } from '@/lib/themes/schemas';

export function CreateThemeForm() {
  const t = useTranslations('themes');
  const { formProps, field, summary, pending } = useActionForm({
    action: createThemeAction,
    schema: createThemeSchema,
    defaultValues: { label: '' },
    namespace: 'themes',
    id: 'new-theme',
  });
  return (
    <form {...formProps} aria-label={t('create.heading')} className="flex flex-col gap-4 sm:max-w-xl">
      {summary}
      <TextField
        label={t('create.label')}
        hint={t('create.hint')}
        maxLength={themeLabelMaxLength}
        {...field('label')}
      />
      <SubmitButton pending={pending} label={t('create.submit')} pendingLabel={t('saving')} />
    </form>
  );
}
