'use client';

// "Send to a colleague": their address and an optional note, checked in the browser with the
// server's schema and sent to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { sendToColleagueAction } from '@/lib/library/actions';
import { colleagueNoteMaxLength, sendToColleagueSchema } from '@/lib/library/schemas';

export function SendToColleagueForm({ slug }: { slug: string }) {
  const t = useTranslations('library.send');
  const { form, formProps, field, summary, pending } = useActionForm({
    action: sendToColleagueAction,
    schema: sendToColleagueSchema,
    defaultValues: { slug, to: '', note: '' },
    namespace: 'library',
    id: 'send',
  });
  return (
    <form {...formProps} aria-label={t('title')} className="flex max-w-xl flex-col gap-5">
      {summary}
      <input type="hidden" defaultValue={slug} {...form.register('slug')} />
      <TextField type="email" autoComplete="off" label={t('to')} {...field('to')} />
      <TextAreaField
        label={t('note')}
        hint={t('noteHint')}
        rows={5}
        maxLength={colleagueNoteMaxLength}
        {...field('note')}
      />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('sending')} />
    </form>
  );
}
