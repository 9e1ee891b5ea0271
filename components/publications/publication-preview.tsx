// A publication as readers will see it, for its author and staff before (or after) it is in the
// library: the library's own article, under a notice that says it is a preview and in what state.
import { useTranslations } from 'next-intl';
import { PublicationArticle } from '@/components/library/publication-article';
import { PageContainer } from '@/components/site/site-shell';
import { BackLink } from '@/components/ui/text-link';
import type { PublicationDetail } from '@/lib/library/queries';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';

export function PublicationPreview({
  publication,
  status,
  back,
  url,
}: {
  publication: PublicationDetail;
  status: PublicationStatus;
  /** The page it is edited on. */
  back: string;
  /** The address it has (or will have) in the library. */
  url: string;
}) {
  const t = useTranslations('publications');
  return (
    <PageContainer>
      <BackLink href={back}>{t('preview.back')}</BackLink>
      <p role="note" className="no-print mb-6 rounded-md border border-sky-300 bg-sky-50 p-4 text-sky-950">
        {status === 'PUBLISHED' ? t('preview.noticePublished') : t('preview.notice', { status: t(`status.${status}`) })}
      </p>
      <PublicationArticle publication={publication} url={url} inLibrary={status === 'PUBLISHED'} />
    </PageContainer>
  );
}
