import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LevelBadge } from '@/components/monitoring/level-badge';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listManagedEntries } from '@/lib/monitoring/queries';
import { firstValue, hrefWith, pageParam, type SearchParams } from '@/lib/site/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('monitoring.manage');
  return { title: t('title') };
}

const outcomes = ['created', 'removed'] as const;
const cell = 'px-3 py-3 align-top';

/** The monitoring entries about the countries of the viewer's regions, newest first. */
export default async function ManageMonitoringPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const query = await searchParams;
  const page = pageParam.parse(query.page);
  const hrefFor = (to: number) => hrefWith('/manage/monitoring', { page: to });
  const viewer = await requirePermission(hrefFor(page), 'monitoring:manage', {});
  const [t, format, result] = await Promise.all([
    getTranslations('monitoring'),
    getFormatter(),
    listManagedEntries(viewer, page),
  ]);
  const list = dataOrRefusalPage(result, hrefFor(page));
  const outcome = outcomes.find((value) => value === firstValue(query.outcome));
  const day = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <PageContainer>
      <BackLink href="/manage">{t('manage.staffHome')}</BackLink>
      {outcome ? (
        <div className="mb-6">
          <FormAlert tone="success">{t(`results.${outcome}`)}</FormAlert>
        </div>
      ) : null}
      <PageHeader title={t('manage.title')} intro={t('manage.intro')}>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/manage/monitoring/new">{t('manage.new')}</ButtonLink>
        </div>
      </PageHeader>
      <p className="mt-8 mb-4 text-slate-700">{t('manage.count', { count: list.total })}</p>
      <PagedList list={list} hrefFor={hrefFor} empty={t('manage.empty')}>
        {(items) => (
          <div
            role="region"
            aria-labelledby="monitoring-table-caption"
            tabIndex={0}
            className="overflow-x-auto rounded-lg border border-slate-200"
          >
            <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
              <caption id="monitoring-table-caption" className="sr-only">
                {t('manage.caption')}
              </caption>
              <thead className="bg-slate-50 text-slate-800">
                <tr>
                  <th scope="col" className={cell}>
                    {t('manage.columns.observedOn')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('manage.columns.country')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('manage.columns.level')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('manage.columns.summary')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <th scope="row" className={`${cell} font-semibold whitespace-nowrap`}>
                      <TextLink
                        href={`/manage/monitoring/${entry.id}`}
                        aria-label={t('manage.editEntry', { date: day(entry.observedOn), country: entry.country.name })}
                      >
                        {day(entry.observedOn)}
                      </TextLink>
                    </th>
                    <td className={cell}>{entry.country.name}</td>
                    <td className={cell}>
                      <LevelBadge level={entry.level} />
                    </td>
                    <td className={`${cell} max-w-xl`}>
                      <span className="line-clamp-3">{entry.summary}</span>
                      {entry.visibility === 'MEMBERS' ? (
                        <span className="mt-1 block text-slate-700">{t('timeline.membersOnly')}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedList>
    </PageContainer>
  );
}
