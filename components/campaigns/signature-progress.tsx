import { useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/ui/progress-bar';

/** A campaign's signature count and, when it has a goal, a labelled bar toward it. */
export function SignatureProgress({ count, goal, size = 'md' }: { count: number; goal: number; size?: 'md' | 'lg' }) {
  const t = useTranslations('common.signatures');
  return (
    <div className="space-y-2">
      <p className={size === 'lg' ? 'text-2xl font-bold text-slate-900' : 'text-sm font-semibold text-slate-900'}>
        {t('count', { count })}
      </p>
      {goal > 0 ? (
        <>
          <ProgressBar
            value={count}
            max={goal}
            label={t('progressLabel')}
            valueText={t('progressText', { count, goal, percent: Math.min(count / goal, 1) })}
          />
          <p className="text-sm text-slate-700">{t('goal', { goal })}</p>
        </>
      ) : null}
    </div>
  );
}
