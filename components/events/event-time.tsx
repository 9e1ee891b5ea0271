import { useFormatter, useTranslations } from 'next-intl';
import { utcOffsetOf } from '@/lib/events/times';

/** "Africa/Addis_Ababa" as people read it: "Africa/Addis Ababa". */
export const zoneLabel = (timeZone: string) => timeZone.replace(/_/g, ' ');

/**
 * When an event is, in its own time zone: "Monday, March 29, 2027, 10:00 AM – 12:00 PM", then
 * "Time in Africa/Nairobi (UTC+03:00)", so a reader elsewhere can work out their own time. The
 * offset is the one at the start (a zone's offset changes with summer time).
 */
export function EventTime({
  startsAt,
  endsAt,
  timeZone,
  compact = false,
}: {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** Shorter dates, for tables. */
  compact?: boolean;
}) {
  const t = useTranslations('events.time');
  const format = useFormatter();
  const range = format.dateTimeRange(startsAt, endsAt, {
    ...(compact ? { dateStyle: 'medium' } : { dateStyle: 'full' }),
    timeStyle: 'short',
    timeZone,
  });
  return (
    <span className="flex flex-col">
      <time dateTime={startsAt.toISOString()}>{range}</time>
      <span className="text-sm text-slate-700">
        {t('zone', { zone: zoneLabel(timeZone), offset: utcOffsetOf(startsAt, timeZone) })}
      </span>
    </span>
  );
}
