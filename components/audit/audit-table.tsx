import { useFormatter, useTranslations } from 'next-intl';
import type { AuditEventItem } from '@/lib/audit/queries';
import { AuditChanges } from './audit-changes';

const cell = 'px-3 py-3 align-top';

/** One page of audit events: time, actor, action, record, address and what changed. */
export function AuditTable({ events }: { events: AuditEventItem[] }) {
  const t = useTranslations('audit.table');
  const format = useFormatter();
  return (
    <div
      role="region"
      aria-labelledby="audit-table-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200"
    >
      <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
        <caption id="audit-table-caption" className="sr-only">
          {t('caption')}
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={cell}>
              {t('time')}
            </th>
            <th scope="col" className={cell}>
              {t('actor')}
            </th>
            <th scope="col" className={cell}>
              {t('action')}
            </th>
            <th scope="col" className={cell}>
              {t('subject')}
            </th>
            <th scope="col" className={cell}>
              {t('ip')}
            </th>
            <th scope="col" className={cell}>
              {t('changes')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {events.map((event) => (
            <tr key={event.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={event.createdAt.toISOString()}>
                  {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
                </time>
              </td>
              <td className={cell}>
                {event.actor ? (
                  <>
                    <span className="block font-semibold text-slate-900">{event.actor.name}</span>
                    <span className="block break-words text-slate-700">{event.actor.email}</span>
                  </>
                ) : (
                  <span className="text-slate-700">{t('system')}</span>
                )}
              </td>
              <td className={cell}>
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-900">{event.action}</code>
              </td>
              <td className={cell}>
                <span className="block font-semibold text-slate-900">{event.subjectType}</span>
                <code className="block text-xs break-all text-slate-700">{event.subjectId}</code>
              </td>
              <td className={`${cell} break-words`}>
                {event.ip ?? <span className="text-slate-700">{t('noIp')}</span>}
              </td>
              <td className={cell}>
                <AuditChanges changes={event.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
