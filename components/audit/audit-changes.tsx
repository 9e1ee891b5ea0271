import { useTranslations } from 'next-intl';
import type { AuditChange } from '@/lib/audit/queries';

/** A recorded value as short text: lists joined, nothing as "none", objects as JSON. */
function useValueText() {
  const t = useTranslations('audit.values');
  return (value: unknown): string => {
    if (value === undefined || value === null) return t('none');
    if (Array.isArray(value))
      return value.length > 0
        ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ')
        : t('none');
    if (typeof value === 'string') return value === '' ? t('empty') : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
}

/** The changed fields of one event, "field: before → after", as a small description list. */
export function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const t = useTranslations('audit');
  const text = useValueText();
  if (changes.length === 0) return <span className="text-slate-700">{t('table.noChanges')}</span>;
  return (
    <dl className="space-y-1">
      {changes.map((change) => (
        <div key={change.field} className="flex flex-wrap gap-x-1.5">
          <dt className="font-semibold text-slate-900">{change.field}:</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere] text-slate-800">
            <span className="text-slate-700">{text(change.before)}</span> <span aria-hidden="true">→</span>
            <span className="sr-only">{t('values.changedTo')}</span>{' '}
            <span className="font-medium text-slate-900">{text(change.after)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
