import { useTranslations } from 'next-intl';
import type { FeedLinks as Links } from '@/lib/feeds/paths';
import { cx } from '@/lib/site/class-names';
import { textLinkClasses } from './text-link';

/** "Follow this list: RSS · Atom": a listing's (or a campaign's updates') feeds; hidden when printed. */
export function FeedLinks({ links, label, className }: { links: Links; label?: string; className?: string }) {
  const t = useTranslations('feeds');
  return (
    <p className={cx('no-print text-sm text-slate-700', className)}>
      {label ?? t('follow')}{' '}
      <a href={links.rss} type="application/rss+xml" className={textLinkClasses}>
        {t('rss')}
      </a>{' '}
      ·{' '}
      <a href={links.atom} type="application/atom+xml" className={textLinkClasses}>
        {t('atom')}
      </a>
    </p>
  );
}
