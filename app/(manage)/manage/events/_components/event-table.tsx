import { useTranslations } from 'next-intl';
import { EventStatusBadge } from '@/components/events/event-status-badge';
import { EventTime } from '@/components/events/event-time';
import { TextLink } from '@/components/ui/text-link';
import type { ManagedEventRow } from '@/lib/events/queries';

const cell = 'px-3 py-3 align-top';

/**
 * Events as staff list them; each title opens its page in /manage/events, or its public page when it
 * is partly in regions the viewer does not coordinate.
 */
export function EventTable({ events, caption }: { events: ManagedEventRow[]; caption: string }) {
  const t = useTranslations('events.manage');
  const tc = useTranslations('common');
  return (
    <div
      role="region"
      aria-labelledby="event-table-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200"
    >
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption id="event-table-caption" className="sr-only">
          {caption}
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={cell}>
              {t('columns.title')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.when')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.status')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.regions')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.campaign')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row" className={`${cell} font-semibold`}>
                {event.editable ? (
                  <TextLink href={`/manage/events/${event.id}`}>{event.title}</TextLink>
                ) : (
                  <>
                    <TextLink href={`/events/${event.slug}`}>{event.title}</TextLink>
                    <span className="block font-normal text-slate-700">{t('notEditable')}</span>
                  </>
                )}
              </th>
              <td className={cell}>
                <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} compact />
              </td>
              <td className={cell}>
                <EventStatusBadge status={event.status} showScheduled />
              </td>
              <td className={cell}>
                {event.regions.length > 0
                  ? event.regions.map((region) => region.name).join(tc('listSeparator'))
                  : t('noRegion')}
              </td>
              <td className={cell}>{event.campaign?.title ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
