'use client';

// Reject with a reason: checked in the browser with the shared schema, and again by the action,
// which redirects to the application on success. Works without JavaScript (useActionState).
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { rejectApplicationAction, type ReviewFormState } from '@/lib/members/actions';
import { rejectApplicationSchema, type RejectApplicationInput } from '@/lib/members/schemas';
import { TextAreaField } from '@/components/ui/form-fields';
import { useReviewMessages } from './review-messages';

export function RejectApplicationForm({ id }: { id: string }) {
  const t = useTranslations('applications.reject');
  const tAll = useTranslations();
  const messageOf = useReviewMessages();
  const [state, formAction, isPending] = useActionState<ReviewFormState, FormData>(rejectApplicationAction, null);
  const failed = state && !state.ok ? state : null;
  const [initialReason] = useState(() => (typeof failed?.values?.reason === 'string' ? failed.values.reason : ''));
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<RejectApplicationInput>({
    resolver: zodResolver(rejectApplicationSchema),
    defaultValues: { id, reason: initialReason },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    void handleSubmit(() => startTransition(() => formAction(new FormData(form))))(event);
  };

  const formError = failed
    ? failed.fieldErrors
      ? tAll('errors.actions.invalidInput')
      : messageOf(failed.message)
    : null;
  const reasonError = messageOf(errors.reason?.message ?? failed?.fieldErrors?.reason?.[0]);

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="reject-heading"
      className="flex flex-col gap-4"
    >
      <h3 id="reject-heading" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h3>
      <p className="text-slate-700">{t('text')}</p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <input type="hidden" defaultValue={id} {...register('id')} />
      <TextAreaField
        id="reject-reason"
        label={t('reason')}
        hint={t('reasonHint')}
        defaultValue={initialReason}
        maxLength={2000}
        error={reasonError}
        {...register('reason')}
      />
      <div>
        <button type="submit" disabled={isPending} className={buttonClasses('secondary')}>
          {isPending ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
