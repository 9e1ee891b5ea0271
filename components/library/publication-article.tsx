// A publication as readers see it: its header (kind, title, authors, date, organisation, source),
// summary, text, toolkit sections, files, and the details beside it. The library page shows it, and
// the preview of a draft shows the same, so what an editor checks is what readers will get.
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { ArticleActions } from '@/components/library/article-actions';
import { sectionId, ToolkitContents } from '@/components/library/toolkit-contents';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button-link';
import { Facts } from '@/components/ui/facts';
import { fileSizeText } from '@/components/ui/file-size';
import { Markdown } from '@/components/ui/markdown';
import { TagList } from '@/components/ui/tag-list';
import { TextLink, textLinkClasses } from '@/components/ui/text-link';
import type { PublicationDetail } from '@/lib/library/queries';
import type { AttachmentItem } from '@/lib/publications/attachments';
import { hrefWith } from '@/lib/site/search-params';
import { languageName, safeHttpUrl } from '@/lib/site/text';
import { fileKindOf } from '@/lib/storage/file-kinds';

export function PublicationArticle({
  publication,
  url,
  inLibrary = true,
}: {
  publication: PublicationDetail;
  url: string;
  /**
   * Whether readers can reach it (false in the preview of a draft): the PDF, the zip and "send to a
   * colleague" serve readers only, so they are offered only then.
   */
  inLibrary?: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const separator = t('common.listSeparator');
  const sourceUrl = safeHttpUrl(publication.sourceUrl);
  const fileCount =
    publication.files.length + publication.sections.reduce((sum, section) => sum + section.files.length, 0);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article lang={publication.language} className="min-w-0">
        <header className="border-b border-slate-200 pb-6">
          <div lang={locale} className="flex flex-wrap items-center gap-2">
            <Badge tone="brand">{t(`common.publicationKind.${publication.kind}`)}</Badge>
            {publication.visibility === 'MEMBERS' ? (
              <Badge tone="warning">{t('common.visibility.MEMBERS')}</Badge>
            ) : null}
          </div>
          <h1 className="mt-3 max-w-3xl text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl">
            {publication.title}
          </h1>
          <div lang={locale} className="mt-4 space-y-1 text-slate-700">
            {publication.authors.length > 0 ? (
              <p className="font-medium text-slate-800">
                {t('library.article.authors', { authors: publication.authors.join(separator) })}
              </p>
            ) : null}
            <p>
              {publication.publishedAt ? (
                <time dateTime={publication.publishedAt.toISOString()}>
                  {format.dateTime(publication.publishedAt, { dateStyle: 'long' })}
                </time>
              ) : null}
              {publication.publishedAt && publication.organization ? ' · ' : null}
              {publication.organization ? (
                publication.organization.slug ? (
                  <TextLink href={`/directory/${publication.organization.slug}`}>
                    {publication.organization.name}
                  </TextLink>
                ) : (
                  publication.organization.name
                )
              ) : null}
            </p>
            {publication.source ? (
              <p className="text-sm">
                {sourceUrl
                  ? t.rich('library.article.source', {
                      source: publication.source,
                      link: (chunks) => (
                        <a href={sourceUrl} className={`${textLinkClasses} print-url`} rel="noopener noreferrer">
                          {chunks}
                        </a>
                      ),
                    })
                  : t('library.article.sourcePlain', { source: publication.source })}
              </p>
            ) : null}
          </div>
          {inLibrary ? (
            <div className="mt-5">
              <ArticleActions title={publication.title} url={url} slug={publication.slug} />
            </div>
          ) : null}
        </header>

        {publication.visibility === 'MEMBERS' ? (
          <p lang={locale} className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
            {t('library.article.membersOnly')}
          </p>
        ) : null}

        {publication.summary ? (
          <p className="mt-6 max-w-[65ch] text-xl leading-relaxed text-slate-800">{publication.summary}</p>
        ) : null}

        {publication.body ? <Markdown className="mt-6">{publication.body}</Markdown> : null}

        {publication.sections.length > 0 ? (
          <div className="mt-10 space-y-10">
            <div lang={locale} className="max-w-[65ch]">
              <ToolkitContents sections={publication.sections} />
            </div>
            {publication.sections.map((section) => (
              <section key={section.position} aria-labelledby={sectionId(section.position)} className="scroll-mt-4">
                <h2 id={sectionId(section.position)} className="text-2xl font-bold tracking-tight text-slate-900">
                  {section.heading}
                </h2>
                <Markdown className="mt-4" minHeadingLevel={3}>
                  {section.body}
                </Markdown>
                {section.files.length > 0 ? (
                  <div lang={locale} className="mt-6 max-w-[65ch]">
                    <h3 className="text-lg font-semibold text-slate-900">{t('library.article.sectionFiles')}</h3>
                    <FileList slug={publication.slug} files={section.files} />
                  </div>
                ) : null}
              </section>
            ))}
          </div>
        ) : null}

        {publication.files.length > 0 ? (
          <section aria-labelledby="publication-files" lang={locale} className="mt-10 max-w-[65ch]">
            <h2 id="publication-files" className="text-2xl font-bold tracking-tight text-slate-900">
              {t('library.article.files')}
            </h2>
            <FileList slug={publication.slug} files={publication.files} />
          </section>
        ) : null}
        {inLibrary && fileCount > 1 ? (
          <p lang={locale} className="no-print mt-6">
            {/* A plain link: a download, not a page to prefetch. */}
            <a href={`/library/${publication.slug}/files.zip`} className={buttonClasses('secondary')}>
              {t('library.article.downloadAll', { count: fileCount })}
            </a>
          </p>
        ) : null}
      </article>

      <aside
        aria-labelledby="publication-details"
        className="self-start rounded-lg border border-slate-200 bg-slate-50 p-5 print:border-0 print:p-0"
      >
        <h2 id="publication-details" className="mb-4 text-lg font-semibold text-slate-900">
          {t('library.article.details')}
        </h2>
        <Facts
          facts={[
            {
              key: 'kind',
              term: t('library.article.kind'),
              details: t(`common.publicationKind.${publication.kind}`),
            },
            {
              key: 'date',
              term: t('library.article.date'),
              details: publication.publishedAt ? format.dateTime(publication.publishedAt, { dateStyle: 'long' }) : null,
            },
            {
              key: 'language',
              term: t('library.article.language'),
              details: languageName(publication.language, locale),
            },
            {
              key: 'regions',
              term: t('library.article.regions'),
              details:
                publication.regions.length > 0 ? (
                  <TagList
                    tags={publication.regions.map((region) => ({
                      label: region.name,
                      href: `/regions/${region.slug}`,
                    }))}
                  />
                ) : null,
            },
            {
              key: 'countries',
              term: t('library.article.countries'),
              details:
                publication.countries.length > 0
                  ? publication.countries.map((country) => country.name).join(separator)
                  : null,
            },
            {
              key: 'themes',
              term: t('library.article.themes'),
              details:
                publication.themes.length > 0 ? (
                  <TagList
                    tags={publication.themes.map((theme) => ({
                      label: theme.label,
                      href: hrefWith('/library', { theme: theme.slug }),
                    }))}
                  />
                ) : null,
            },
          ]}
        />
      </aside>
    </div>
  );
}

/** Files to download, each with its kind and size. */
function FileList({ slug, files }: { slug: string; files: AttachmentItem[] }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <ul className="mt-4 flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200">
      {files.map((file) => (
        <li key={file.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4">
          {/* A plain link: a download, not a page to prefetch. */}
          <a href={`/library/${slug}/files/${file.id}`} className={`${textLinkClasses} break-words`}>
            {file.title}
          </a>
          <span className="text-sm text-slate-700">
            {t('library.article.fileDetails', {
              kind: t(`common.fileKind.${fileKindOf(file.contentType)}`),
              size: fileSizeText(format, file.size),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
