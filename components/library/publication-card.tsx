import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { isOtherLanguage, languageName } from '@/lib/site/text';
import type { PublicationListItem } from '@/lib/library/queries';

/** One publication in a list: kind, title (the link), date, authors, organisation, summary, regions. */
export function PublicationCard({
  publication,
  headingLevel = 2,
  compact = false,
}: {
  publication: PublicationListItem;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const otherLanguage = isOtherLanguage(publication.language, locale);
  const separator = t('common.listSeparator');
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition-shadow hover:shadow-md">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone="brand">{t(`common.publicationKind.${publication.kind}`)}</Badge>
        {publication.visibility === 'MEMBERS' ? <Badge tone="warning">{t('common.visibility.MEMBERS')}</Badge> : null}
        {otherLanguage ? <Badge tone="muted">{languageName(publication.language, locale)}</Badge> : null}
        {publication.publishedAt ? (
          <time dateTime={publication.publishedAt.toISOString()}>
            {format.dateTime(publication.publishedAt, { dateStyle: 'medium' })}
          </time>
        ) : null}
      </div>
      <Heading
        className="mt-3 text-lg leading-snug font-semibold text-slate-900"
        lang={otherLanguage ? publication.language : undefined}
      >
        <Link
          href={`/library/${publication.slug}`}
          className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
        >
          {publication.title}
        </Link>
      </Heading>
      {publication.authors.length > 0 || publication.organization ? (
        <p className="mt-2 text-sm text-slate-700">
          {publication.authors.length > 0
            ? t('library.card.by', { authors: publication.authors.join(separator) })
            : null}
          {publication.authors.length > 0 && publication.organization ? ' · ' : null}
          {publication.organization ? publication.organization.name : null}
        </p>
      ) : null}
      {!compact && publication.summary ? (
        <p className="mt-3 text-slate-700" lang={otherLanguage ? publication.language : undefined}>
          {publication.summary}
        </p>
      ) : null}
      {!compact && publication.regions.length > 0 ? (
        <p className="mt-auto pt-4 text-sm text-slate-700">
          {publication.regions.map((region) => region.name).join(separator)}
        </p>
      ) : null}
    </article>
  );
}
