import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { TextLink } from '@/components/ui/text-link';
import { listAuditActions, listAuditEvents, listAuditSubjectTypes } from '@/lib/audit/queries';
import { parseAuditFilters } from '@/lib/audit/schemas';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('metaTitle') };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission('/manage/audit', 'audit:read', {});
  const filters = parseAuditFilters(await searchParams);
  const [t, events, actions, subjectTypes] = await Promise.all([
    getTranslations(),
    listAuditEvents(viewer, filters),
    listAuditActions(viewer),
    listAuditSubjectTypes(viewer),
  ]);
  const log = dataOrRefusalPage(events, '/manage/audit');
  const actionNames = dataOrRefusalPage(actions, '/manage/audit');
  const subjectTypeNames = dataOrRefusalPage(subjectTypes, '/manage/audit');
  const hrefFor = (page: number) => hrefWith('/manage/audit', { ...filters, page });
  const options = (values: string[]) => values.map((value) => ({ value, label: value }));

  return (
    <PageContainer>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <div className="mt-8">
        <AuditFilters actions={options(actionNames)} subjectTypes={options(subjectTypeNames)} selected={filters} />
      </div>
      <p className="mt-8 mb-4 text-slate-700">{log.total > 0 ? t('audit.count', { count: log.total }) : null}</p>
      {log.items.length > 0 ? (
        <AuditTable events={log.items} />
      ) : log.total > 0 ? (
        <EmptyState>
          {t('common.pagination.beyondEnd')} <TextLink href={hrefFor(1)}>{t('common.pagination.firstPage')}</TextLink>
        </EmptyState>
      ) : (
        <EmptyState>{t('audit.empty')}</EmptyState>
      )}
      <Pagination
        page={log.page}
        pageCount={log.pageCount}
        previousHref={log.page > 1 ? hrefFor(Math.min(log.page - 1, log.pageCount)) : null}
        nextHref={log.page < log.pageCount ? hrefFor(log.page + 1) : null}
      />
    </PageContainer>
  );
}
