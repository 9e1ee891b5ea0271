import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PublicationStatusBadge } from '@/components/publications/publication-status-badge';
import { outcomeOf } from '@/components/publications/publication-workspace';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listReviewQueue } from '@/lib/publications/queries';
import { firstValue, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('publications.reviewQueue');
  return { title: t('metaTitle') };
}

/** Resources members shared for the viewer's regions, oldest first; each opens where it is reviewed. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission('/manage/review', 'publication:manage', {});
  const [t, tc, format, result] = await Promise.all([
    getTranslations('publications'),
    getTranslations('common'),
    getFormatter(),
    listReviewQueue(viewer),
  ]);
  const queue = dataOrRefusalPage(result, '/manage/review');
  const outcome = outcomeOf(firstValue((await searchParams).outcome));
  return (
    <PageContainer className="max-w-4xl">
      <BackLink href="/manage/publications">{t('editor.back')}</BackLink>
      {outcome ? (
        <div className="mb-6">
          <FormAlert tone="success">{t(`results.${outcome}`)}</FormAlert>
        </div>
      ) : null}
      <PageHeader title={t('reviewQueue.title')} intro={t('reviewQueue.intro')} />
      {queue.length > 0 ? (
        <ul className="mt-8 flex flex-col gap-4">
          {queue.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                {/* The name adds what the link does and keeps the visible title inside it (WCAG 2.5.3). */}
                <TextLink
                  href={`/manage/publications/${item.id}`}
                  aria-label={t('reviewQueue.open', { title: item.title })}
                >
                  {item.title}
                </TextLink>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <PublicationStatusBadge status={item.status} />
                <span>{tc(`publicationKind.${item.kind}`)}</span>
                {item.submittedBy ? <span>{t('reviewQueue.sharedBy', { name: item.submittedBy.name })}</span> : null}
                {item.organization ? (
                  <span>{t('reviewQueue.organization', { organization: item.organization.name })}</span>
                ) : null}
                <time dateTime={item.updatedAt.toISOString()}>
                  {format.dateTime(item.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-8">
          <EmptyState>{t('reviewQueue.empty')}</EmptyState>
        </div>
      )}
    </PageContainer>
  );
}
