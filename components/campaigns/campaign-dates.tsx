import { useFormatter, useTranslations } from 'next-intl';

/** "Since 3 March 2026" or "3 March 2026 to 30 June 2026", each date in a <time>. */
export function CampaignDates({ startsAt, endsAt }: { startsAt: Date; endsAt: Date | null }) {
  const t = useTranslations('campaigns.dates');
  const format = useFormatter();
  const long = (value: Date) => format.dateTime(value, { dateStyle: 'long' });
  const start = (chunks: React.ReactNode) => <time dateTime={startsAt.toISOString()}>{chunks}</time>;
  return (
    <span>
      {endsAt
        ? t.rich('range', {
            startDate: long(startsAt),
            endDate: long(endsAt),
            start,
            end: (chunks) => <time dateTime={endsAt.toISOString()}>{chunks}</time>,
          })
        : t.rich('from', { startDate: long(startsAt), start })}
    </span>
  );
}
