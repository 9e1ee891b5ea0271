import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { isOtherLanguage } from '@/lib/site/text';
import type { PublicationListItem } from '@/lib/library/queries';

/** What a line of the list shows; a region's and an organisation's latest publications both carry it. */
type PublicationLink = Pick<PublicationListItem, 'slug' | 'title' | 'kind' | 'publishedAt' | 'language'>;

/** A plain list of publications: title (the link), kind and date. */
export function PublicationList({ publications }: { publications: PublicationLink[] }) {
  const t = useTranslations('common');
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {publications.map((publication) => (
        <li
          key={publication.slug}
          className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-6"
        >
          <Link
            href={`/library/${publication.slug}`}
            lang={isOtherLanguage(publication.language, locale) ? publication.language : undefined}
            className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 font-medium underline"
          >
            {publication.title}
          </Link>
          <span className="shrink-0 text-sm text-slate-700">
            {t(`publicationKind.${publication.kind}`)}
            {publication.publishedAt ? (
              <>
                {' · '}
                <time dateTime={publication.publishedAt.toISOString()}>
                  {format.dateTime(publication.publishedAt, { dateStyle: 'medium' })}
                </time>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
