import Link from 'next/link';
import type { AuditEventItem } from '@/lib/audit/queries';

/** The record an event is about: its type, and its id as a link to its page where it has one. */
export function AuditSubject({ event }: { event: Pick<AuditEventItem, 'subjectType' | 'subjectId' | 'subjectHref'> }) {
  return (
    <>
      <span className="block font-semibold [overflow-wrap:anywhere] text-slate-900">{event.subjectType}</span>
      {event.subjectHref ? (
        <Link
          href={event.subjectHref}
          className="text-brand-800 hover:text-brand-950 block font-mono text-xs break-all underline"
        >
          {event.subjectId}
        </Link>
      ) : (
        <code className="block text-xs break-all text-slate-700">{event.subjectId}</code>
      )}
    </>
  );
}
