'use client';

// The workflow's steps a viewer may take on one publication (the page passes only those the policy
// allows): one small form per step, and for asking for changes or rejecting, a form with the coded
// reason and words for the author. Each works without JavaScript (a plain post, then a redirect).
import { useTranslations } from 'next-intl';
import { Choice, ChoiceGroup, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { transitionPublicationAction } from '@/lib/publications/actions';
import { reasonTextMaxLength, transitionSchema } from '@/lib/publications/schemas';
import { reviewReasons, workflow, type Transition } from '@/lib/publications/workflow';

/** Steps that take the piece away from readers or end it are drawn as secondary buttons. */
const quietSteps: readonly Transition[] = ['withdraw', 'unpublish', 'archive', 'restore'];

function StepForm({
  publicationId,
  transition,
  from,
}: {
  publicationId: string;
  transition: Transition;
  from?: string;
}) {
  const t = useTranslations('publications');
  const { formProps, summary, pending } = useActionForm({
    action: transitionPublicationAction,
    defaultValues: {},
    namespace: 'publications',
    id: `step-${transition}`,
  });
  return (
    <form {...formProps} aria-label={t(`steps.${transition}`)} className="flex flex-col gap-2">
      {summary}
      <input type="hidden" name="publicationId" value={publicationId} />
      <input type="hidden" name="transition" value={transition} />
      {from ? <input type="hidden" name="from" value={from} /> : null}
      <SubmitButton
        pending={pending}
        label={t(`steps.${transition}`)}
        pendingLabel={t('saving')}
        variant={quietSteps.includes(transition) ? 'secondary' : 'primary'}
      />
    </form>
  );
}

function ReasonStepForm({
  publicationId,
  transition,
  from,
}: {
  publicationId: string;
  transition: 'requestChanges' | 'reject';
  from?: string;
}) {
  const t = useTranslations('publications');
  const { formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: transitionPublicationAction,
    schema: transitionSchema,
    defaultValues: { publicationId, transition, reasonCode: undefined, reasonText: '' },
    namespace: 'publications',
    id: `step-${transition}`,
  });
  return (
    <form
      {...formProps}
      aria-label={t(`steps.${transition}`)}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 className="text-base font-semibold text-slate-900">{t(`steps.${transition}`)}</h3>
      {summary}
      <input type="hidden" name="publicationId" value={publicationId} />
      <input type="hidden" name="transition" value={transition} />
      {from ? <input type="hidden" name="from" value={from} /> : null}
      <ChoiceGroup id={`step-${transition}-reasonCode`} legend={t('review.reason')} error={errorOf('reasonCode')}>
        {reviewReasons.map((reason) => (
          <Choice key={reason} type="radio" label={t(`reasons.${reason}`)} {...choice('reasonCode', reason)} />
        ))}
      </ChoiceGroup>
      <TextAreaField
        label={t('review.reasonText')}
        hint={t('review.reasonTextHint')}
        rows={4}
        maxLength={reasonTextMaxLength}
        {...field('reasonText')}
      />
      <SubmitButton pending={pending} label={t(`steps.${transition}`)} pendingLabel={t('saving')} variant="secondary" />
    </form>
  );
}

export function PublicationSteps({
  publicationId,
  steps,
  from,
}: {
  publicationId: string;
  steps: Transition[];
  /** 'review' when shown in the review queue, so the step leads back there. */
  from?: 'review';
}) {
  const plain = steps.filter((step) => !('needsReason' in workflow[step]));
  const withReason = steps.filter(
    (step): step is 'requestChanges' | 'reject' => step === 'requestChanges' || step === 'reject',
  );
  return (
    <div className="flex flex-col gap-4">
      {plain.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {plain.map((step) => (
            <StepForm key={step} publicationId={publicationId} transition={step} from={from} />
          ))}
        </div>
      ) : null}
      {withReason.map((step) => (
        <ReasonStepForm key={step} publicationId={publicationId} transition={step} from={from} />
      ))}
    </div>
  );
}
