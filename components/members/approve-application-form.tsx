'use client';

// Approve: a button that carries the application's id. The action redirects to the application on
// success; a refusal (already reviewed, a name already taken…) is shown above the button.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { approveApplicationAction, type ReviewFormState } from '@/lib/members/actions';
import { useReviewMessages } from './review-messages';

export function ApproveApplicationForm({
  id,
  contactName,
  contactEmail,
}: {
  id: string;
  contactName: string;
  contactEmail: string;
}) {
  const t = useTranslations('applications.approve');
  const messageOf = useReviewMessages();
  const [state, formAction, isPending] = useActionState<ReviewFormState, FormData>(approveApplicationAction, null);
  const error = state && !state.ok ? messageOf(state.message) : null;
  return (
    <form action={formAction} aria-labelledby="approve-heading" className="flex flex-col gap-4">
      <h3 id="approve-heading" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h3>
      <p className="text-slate-700">{t('text', { name: contactName, email: contactEmail })}</p>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <input type="hidden" name="id" value={id} />
      <div>
        <button type="submit" disabled={isPending} className={buttonClasses('primary')}>
          {isPending ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
