import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
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
      <PagedList list={log} hrefFor={hrefFor} empty={t('audit.empty')}>
        {(items) => <AuditTable events={items} />}
      </PagedList>
    </PageContainer>
  );
}
