'use client';

// One message's button on /manage/messages: "Mark handled" on an open message, "Reopen" on a
// handled one. A small form of its own with the message's id, so it works without JavaScript (a
// plain post, then the page again, where the message has moved to the other list).
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { markMessageHandledAction, reopenMessageAction } from '@/lib/contact/actions';

export function HandleMessageForm({ id, name, handled }: { id: string; name: string; handled: boolean }) {
  const t = useTranslations('contactMessages.handle');
  const { formProps, summary, pending } = useActionForm({
    action: handled ? reopenMessageAction : markMessageHandledAction,
    defaultValues: {},
    namespace: 'contactMessages',
    id: `message-${id}`,
  });
  return (
    <form {...formProps} aria-label={handled ? t('reopenLabel', { name }) : t('label', { name })}>
      {summary}
      <input type="hidden" name="id" value={id} />
      <SubmitButton
        pending={pending}
        label={handled ? t('reopen') : t('submit')}
        pendingLabel={t('saving')}
        variant={handled ? 'secondary' : 'primary'}
      />
    </form>
  );
}
