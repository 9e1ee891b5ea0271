import { useFormatter, useTranslations } from 'next-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { TextLink, textLinkClasses } from '@/components/ui/text-link';
import type { TimelineEntry } from '@/lib/monitoring/queries';
import { LevelBadge } from './level-badge';

/** A source's address as its link reads: the site's name and path, without the scheme. */
function sourceLabel(address: string): string {
  const url = new URL(address);
  const path = url.pathname === '/' ? '' : url.pathname;
  return `${url.hostname.replace(/^www\./, '')}${path}`;
}

/** A country's monitoring timeline, newest first: each entry's day, level, text, sources and related pages. */
export function Timeline({ entries, country }: { entries: TimelineEntry[]; country: string }) {
  const t = useTranslations('monitoring');
  const format = useFormatter();
  if (entries.length === 0) return <EmptyState>{t('timeline.empty', { country })}</EmptyState>;
  return (
    <ol className="flex flex-col gap-4 border-l-2 border-slate-200 pl-5">
      {entries.map((entry) => (
        <li key={entry.id} id={`entry-${entry.id}`}>
          <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <header className="flex flex-wrap items-center gap-3">
              <h3 className="font-semibold text-slate-900">
                <time dateTime={entry.observedOn.toISOString().slice(0, 10)}>
                  {format.dateTime(entry.observedOn, { dateStyle: 'long', timeZone: 'UTC' })}
                </time>
              </h3>
              <LevelBadge level={entry.level} />
              {entry.visibility === 'MEMBERS' ? (
                <span className="text-sm text-slate-700">{t('timeline.membersOnly')}</span>
              ) : null}
            </header>
            <p className="mt-2 whitespace-pre-line text-slate-800">{entry.summary}</p>
            {entry.sources.length > 0 ? (
              <div className="mt-3 text-sm">
                <h4 className="font-semibold text-slate-800">{t('timeline.sources')}</h4>
                <ul className="mt-1 flex flex-col gap-1">
                  {entry.sources.map((source) => (
                    <li key={source} className="break-all">
                      <a href={source} rel="noopener noreferrer nofollow" className={textLinkClasses}>
                        {sourceLabel(source)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {entry.publications.length + entry.campaigns.length > 0 ? (
              <div className="mt-3 text-sm">
                <h4 className="font-semibold text-slate-800">{t('timeline.related')}</h4>
                <ul className="mt-1 flex flex-col gap-1">
                  {entry.publications.map((publication) => (
                    <li key={publication.slug}>
                      <TextLink href={`/library/${publication.slug}`}>{publication.title}</TextLink>
                    </li>
                  ))}
                  {entry.campaigns.map((campaign) => (
                    <li key={campaign.slug}>
                      <TextLink href={`/campaigns/${campaign.slug}`}>{campaign.title}</TextLink>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
