import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { ContactMessageItem } from '@/lib/contact/queries';
import { HandleMessageForm } from './handle-message-form';

/**
 * One message as staff read it: who wrote (with a mailto link to answer), about what, when, and
 * the text itself as plain text, its line breaks kept; then its button.
 */
export function ContactMessageCard({ message }: { message: ContactMessageItem }) {
  const t = useTranslations('contactMessages.item');
  const subjects = useTranslations('contact.subjects');
  const format = useFormatter();
  const headingId = `message-${message.id}-heading`;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{subjects(message.subject)}</Badge>
      </div>
      <h3
        id={headingId}
        dir="auto"
        className="mt-3 text-lg leading-snug font-semibold [overflow-wrap:anywhere] text-slate-900"
      >
        {message.name}
      </h3>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div className="min-w-0">
          <dt className="font-semibold text-slate-800">{t('email')}</dt>
          <dd>
            <a
              href={`mailto:${message.email}`}
              className="text-brand-800 hover:text-brand-950 font-medium [overflow-wrap:anywhere] underline"
            >
              {message.email}
            </a>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t('received')}</dt>
          <dd className="text-slate-700">
            <time dateTime={message.createdAt.toISOString()}>{when(message.createdAt)}</time>
          </dd>
        </div>
      </dl>
      {/* Text, never HTML: React escapes it; pre-wrap keeps the sender's line breaks, and dir="auto"
          keeps right-to-left text (or a stray override) inside the paragraph. */}
      <p dir="auto" className="mt-4 max-w-prose [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-900">
        {message.message}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <HandleMessageForm id={message.id} name={message.name} handled={message.handledAt !== null} />
        {message.handledAt ? (
          <p className="text-sm text-slate-700">
            {message.handledBy
              ? t('handled', { date: when(message.handledAt), name: message.handledBy.name })
              : t('handledByNobody', { date: when(message.handledAt) })}
          </p>
        ) : null}
      </div>
    </article>
  );
}
