'use client';

// Rewords one theme: every organisation, application and publication tagged with it shows the new
// label; its slug, and so every link and filter, stays.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { renameThemeAction } from '@/lib/themes/actions';
import { renameThemeSchema, themeLabelMaxLength } from '@/lib/themes/schemas';

export function RenameThemeForm({ slug, label }: { slug: string; label: string }) {
  const t = useTranslations('themes');
  const { form, formProps, field, summary, pending } = useActionForm({
    action: renameThemeAction,
    schema: renameThemeSchema,
    defaultValues: { slug, label },
    namespace: 'themes',
    id: `theme-${slug}`,
  });
  return (
    <form {...formProps} aria-label={t('rename.formLabel', { label })} className="flex flex-col gap-3">
      {summary}
      <input type="hidden" defaultValue={slug} {...form.register('slug')} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label={t('rename.label')}
          maxLength={themeLabelMaxLength}
          className="min-w-0 flex-1"
          {...field('label')}
        />
        <SubmitButton pending={pending} label={t('rename.submit')} pendingLabel={t('saving')} />
      </div>
    </form>
  );
}
