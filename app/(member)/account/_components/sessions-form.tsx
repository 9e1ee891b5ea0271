'use client';

// The member's signed-in browsers (/account): one form, one "end" button per session (the button
// names the session) and one "sign out everywhere else", so the answer stays in view after the
// rows it ended are gone. Works as a plain form post without JavaScript.
import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button-link';
import { useActionForm } from '@/components/ui/form';
import { endOwnSessionsAction } from '@/lib/accounts/actions';

/** One session as the page words it (dates and device already in words). */
export interface SessionRow {
  id: string;
  current: boolean;
  device: string;
  signedInAt: string;
  lastSeenAt: string;
  address: string;
}

export function SessionsForm({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations('account.sessionsSection');
  const { formProps, summary, pending } = useActionForm({
    action: endOwnSessionsAction,
    defaultValues: {},
    namespace: 'account',
    id: 'sessions',
  });
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {summary}
      <ul aria-label={t('listLabel')} className="divide-y divide-slate-200 rounded-md border border-slate-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-4 px-4 py-3">
            <div id={`session-${session.id}`}>
              <p className="font-semibold text-slate-900">
                {session.device}
                {session.current ? (
                  <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">
                    {t('thisDevice')}
                  </span>
                ) : null}
              </p>
              <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
                <div className="flex gap-1">
                  <dt>{t('lastSeenAt')}:</dt>
                  <dd>{session.lastSeenAt}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t('signedInAt')}:</dt>
                  <dd>{session.signedInAt}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t('address')}:</dt>
                  <dd className="[overflow-wrap:anywhere]">{session.address}</dd>
                </div>
              </dl>
            </div>
            <button
              type="submit"
              name="sessionId"
              value={session.id}
              disabled={pending}
              aria-describedby={`session-${session.id}`}
              className={buttonClasses('secondary')}
            >
              {pending ? t('ending') : t('end')}
            </button>
          </li>
        ))}
      </ul>
      {sessions.length > 1 ? (
        <div className="flex flex-col items-start gap-3">
          <p className="text-sm text-slate-700">{t('endOthersText')}</p>
          <button type="submit" name="intent" value="others" disabled={pending} className={buttonClasses('secondary')}>
            {pending ? t('ending') : t('endOthers')}
          </button>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t('none')}</p>
      )}
    </form>
  );
}
