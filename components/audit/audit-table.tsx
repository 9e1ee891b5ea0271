import { useFormatter, useTranslations } from 'next-intl';
import { Fragment } from 'react';
import type { AuditEventItem } from '@/lib/audit/queries';
import { AuditChanges } from './audit-changes';
import { AuditSubject } from './audit-subject';

const cell = 'px-3 py-3 align-top';

/**
 * One page of audit events: time, actor, action, record, address and what changed. A table on wide
 * screens, whose columns keep their widths and leave the rest to the changes; one card per event on
 * narrow ones, so the page never scrolls sideways. Only one of the two is displayed at a time.
 */
export function AuditTable({ events }: { events: AuditEventItem[] }) {
  return (
    <>
      <div className="hidden xl:block">
        <AuditEventTable events={events} />
      </div>
      <div className="xl:hidden">
        <AuditEventList events={events} />
      </div>
    </>
  );
}

function EventTime({ event }: { event: AuditEventItem }) {
  const format = useFormatter();
  return (
    <time dateTime={event.createdAt.toISOString()}>
      {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}
    </time>
  );
}

function Actor({ event }: { event: AuditEventItem }) {
  const t = useTranslations('audit.table');
  return event.actor ? (
    <>
      <span className="block font-semibold text-slate-900">{event.actor.name}</span>
      <span className="block [overflow-wrap:anywhere] text-slate-700">{event.actor.email}</span>
    </>
  ) : (
    <span className="text-slate-700">{t('system')}</span>
  );
}

function Ip({ event }: { event: AuditEventItem }) {
  const t = useTranslations('audit.table');
  return event.ip ? (
    <span className="[overflow-wrap:anywhere]">{event.ip}</span>
  ) : (
    <span className="text-slate-700">{t('noIp')}</span>
  );
}

/** The action's code, which may wrap after each dot ("application." / "approve") but not inside a word. */
function Action({ event }: { event: AuditEventItem }) {
  const parts = event.action.split('.');
  return (
    <code className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-900">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? (
            <>
              .<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </code>
  );
}

function AuditEventTable({ events }: { events: AuditEventItem[] }) {
  const t = useTranslations('audit.table');
  return (
    <div className="rounded-lg border border-slate-200">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption id="audit-table-caption" className="sr-only">
          {t('caption')}
        </caption>
        <colgroup>
          <col className="w-[8rem]" />
          <col className="w-[10.5rem]" />
          <col className="w-[9.5rem]" />
          <col className="w-[12.5rem]" />
          <col className="w-[7rem]" />
          <col />
        </colgroup>
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
              <td className={cell}>
                <EventTime event={event} />
              </td>
              <td className={cell}>
                <Actor event={event} />
              </td>
              <td className={cell}>
                <Action event={event} />
              </td>
              <td className={cell}>
                <AuditSubject event={event} />
              </td>
              <td className={cell}>
                <Ip event={event} />
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

function AuditEventList({ events }: { events: AuditEventItem[] }) {
  const t = useTranslations('audit.table');
  const term = 'text-xs font-semibold tracking-wide text-slate-700 uppercase';
  return (
    <ol aria-label={t('caption')} className="space-y-4">
      {events.map((event) => (
        <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Action event={event} />
            <span className="text-slate-700">
              <EventTime event={event} />
            </span>
          </p>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            <div className="min-w-0">
              <dt className={term}>{t('actor')}</dt>
              <dd>
                <Actor event={event} />
              </dd>
            </div>
            <div className="min-w-0">
              <dt className={term}>{t('subject')}</dt>
              <dd>
                <AuditSubject event={event} />
              </dd>
            </div>
            <div className="min-w-0">
              <dt className={term}>{t('ip')}</dt>
              <dd>
                <Ip event={event} />
              </dd>
            </div>
            <div className="min-w-0 sm:col-span-2">
              <dt className={term}>{t('changes')}</dt>
              <dd>
                <AuditChanges changes={event.changes} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
