import { useTranslations } from 'next-intl';
import { ProgressBar } from '@/components/ui/progress-bar';
import { signatureProgress } from '@/lib/campaigns/status';
import { cx } from '@/lib/site/class-names';

/**
 * A campaign's signature count beside its goal ("24 signatures · goal 2,500") and, once it has
 * reached a visible share of the goal, a labelled bar toward it.
 */
export function SignatureProgress({ count, goal, size = 'md' }: { count: number; goal: number; size?: 'md' | 'lg' }) {
  const t = useTranslations('common.signatures');
  const progress = signatureProgress(count, goal);
  return (
    <div className="space-y-2">
      <p className="text-slate-900">
        {/* The number itself, for scripts that follow a campaign (npm run bench:signing). */}
        <span data-signature-count={count} className={cx('font-bold', size === 'lg' ? 'text-2xl' : 'text-sm')}>
          {t('count', { count })}
        </span>
        {goal > 0 ? (
          <span className={cx('text-slate-700', size === 'lg' ? 'text-base' : 'text-sm')}>
            {' '}
            <span aria-hidden="true">·</span> {t('goal', { goal })}
          </span>
        ) : null}
      </p>
      {progress.showBar ? (
        <ProgressBar
          value={count}
          max={goal}
          label={t('progressLabel')}
          valueText={t('progressText', { count, goal, percent: progress.share })}
        />
      ) : null}
    </div>
  );
}
