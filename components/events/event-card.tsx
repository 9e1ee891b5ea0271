import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { TextLink } from '@/components/ui/text-link';
import type { EventListItem } from '@/lib/events/queries';
import { cx } from '@/lib/site/class-names';
import { EventStatusBadge } from './event-status-badge';
import { EventTime } from './event-time';

/** One event in a list: its title (the link), when in its own zone, where, its campaign and regions. */
export function EventCard({ event, headingLevel = 2 }: { event: EventListItem; headingLevel?: 2 | 3 }) {
  const t = useTranslations('events');
  const tc = useTranslations('common');
  const Heading = `h${headingLevel}` as const;
  const cancelled = event.status === 'CANCELLED';
  const place = [event.location, event.onlineUrl ? t('card.online') : null].filter(Boolean).join(' · ');
  return (
    <article
      className={cx(
        'flex h-full flex-col gap-2 rounded-lg border bg-white p-5 shadow-sm',
        cancelled ? 'border-amber-300' : 'border-slate-200',
      )}
    >
      <EventStatusBadge status={event.status} />
      <Heading className="text-xl leading-snug font-semibold">
        <Link
          href={`/events/${event.slug}`}
          className={cx(
            'text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline',
            cancelled && 'line-through',
          )}
        >
          {event.title}
        </Link>
      </Heading>
      <div className="text-slate-900">
        <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
      </div>
      {place ? <p className="text-slate-700">{place}</p> : null}
      {event.campaign ? (
        <p className="text-sm text-slate-700">
          {t.rich('card.campaign', {
            title: event.campaign.title,
            link: (chunks) => <TextLink href={`/campaigns/${event.campaign!.slug}`}>{chunks}</TextLink>,
          })}
        </p>
      ) : null}
      {event.regions.length > 0 ? (
        <p className="text-sm text-slate-700">{event.regions.map((region) => region.name).join(tc('listSeparator'))}</p>
      ) : null}
    </article>
  );
}
