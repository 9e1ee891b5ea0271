'use client';

// Cancelling an event (the last step of the page's confirmation) and putting a cancelled one back
// on: one button each, posted to a server action (works without JavaScript), then the event's page.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { cancelEventAction, reinstateEventAction } from '@/lib/events/actions';

export function CancelEventForm({ eventId, title }: { eventId: string; title: string }) {
  const t = useTranslations('events.cancel');
  const { formProps, summary, pending } = useActionForm({
    action: cancelEventAction,
    defaultValues: {},
    namespace: 'events',
    id: 'cancel',
  });
  return (
    <form {...formProps} aria-label={t('question', { title })} className="flex flex-col items-start gap-3">
      {summary}
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton pending={pending} label={t('confirm')} pendingLabel={t('working')} />
    </form>
  );
}

export function ReinstateEventForm({ eventId }: { eventId: string }) {
  const t = useTranslations('events.cancel');
  const { formProps, summary, pending } = useActionForm({
    action: reinstateEventAction,
    defaultValues: {},
    namespace: 'events',
    id: 'reinstate',
  });
  return (
    <form {...formProps} aria-label={t('reinstate')} className="flex flex-col items-start gap-3">
      {summary}
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton pending={pending} variant="secondary" label={t('reinstate')} pendingLabel={t('reinstating')} />
    </form>
  );
}
