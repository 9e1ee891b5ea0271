import { useFormatter, useTranslations } from 'next-intl';
import type { HistoryEntry } from '@/lib/publications/queries';

/** A publication's steps through the workflow, oldest first, with the reviewer's reasons. */
export function PublicationHistory({ history }: { history: HistoryEntry[] }) {
  const t = useTranslations('publications');
  const format = useFormatter();
  if (history.length === 0) return <p className="text-slate-700">{t('history.empty')}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {history.map((entry, index) => (
        <li key={index} className="rounded-md border border-slate-200 bg-white p-3">
          <p className="font-semibold text-slate-900">
            {entry.fromStatus
              ? t('history.moved', { from: t(`status.${entry.fromStatus}`), to: t(`status.${entry.toStatus}`) })
              : t('history.created')}
          </p>
          <p className="text-sm text-slate-700">
            <time dateTime={entry.createdAt.toISOString()}>
              {format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
            {entry.actor ? ` · ${t('history.by', { name: entry.actor })}` : null}
          </p>
          {entry.reasonCode ? (
            <p className="mt-2 text-slate-800">{t('history.reason', { reason: t(`reasons.${entry.reasonCode}`) })}</p>
          ) : null}
          {entry.reasonText ? <p className="mt-1 whitespace-pre-line text-slate-800">{entry.reasonText}</p> : null}
        </li>
      ))}
    </ol>
  );
}
