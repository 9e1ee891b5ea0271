'use client';

// Removing a monitoring entry: a box to tick first, so one click alone removes nothing (with or
// without JavaScript).
import { useTranslations } from 'next-intl';
import { Choice, FieldError } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { removeMonitoringEntryAction } from '@/lib/monitoring/actions';
import { monitoringEntryRemoveSchema } from '@/lib/monitoring/schemas';

export function RemoveMonitoringEntryForm({ entryId }: { entryId: string }) {
  const t = useTranslations('monitoring');
  const { formProps, choice, errorOf, summary, pending } = useActionForm({
    action: removeMonitoringEntryAction,
    schema: monitoringEntryRemoveSchema,
    defaultValues: { entryId, confirm: undefined },
    namespace: 'monitoring',
    id: 'remove-entry',
  });
  const error = errorOf('confirm');
  return (
    <form {...formProps} aria-label={t('form.removeLabel')} className="flex flex-col gap-4">
      {summary}
      <input type="hidden" name="entryId" value={entryId} />
      <div>
        <Choice
          label={t('editor.removeConfirm')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'remove-entry-confirm-error' : undefined}
          {...choice('confirm', 'yes')}
        />
        <FieldError id="remove-entry-confirm-error" message={error} />
      </div>
      <SubmitButton
        pending={pending}
        label={t('editor.remove')}
        pendingLabel={t('editor.removing')}
        variant="secondary"
      />
    </form>
  );
}
