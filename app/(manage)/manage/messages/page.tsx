import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { BackLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { listContactMessages } from '@/lib/contact/queries';
import { parseContactMessageFilters } from '@/lib/contact/schemas';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';
import { ContactMessageCard } from './_components/contact-message-card';
import { MessageStateTabs } from './_components/message-state-tabs';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contactMessages');
  return { title: t('metaTitle') };
}

/** The messages sent with the contact form, open or handled, newest first: staff mark them handled. */
export default async function MessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = parseContactMessageFilters(await searchParams);
  const hrefFor = (page: number) =>
    hrefWith('/manage/messages', { state: filters.state === 'open' ? undefined : filters.state, page });
  const viewer = await requirePermission(hrefFor(filters.page), 'message:handle', {});
  const [t, result] = await Promise.all([getTranslations('contactMessages'), listContactMessages(viewer, filters)]);
  const list = dataOrRefusalPage(result, hrefFor(filters.page));

  return (
    <ClientMessages namespaces={['contactMessages']}>
      <PageContainer>
        <BackLink href="/manage">{t('staffHomeLink')}</BackLink>
        <PageHeader title={t('title')} intro={t('intro')} />
        <div className="mt-8">
          <MessageStateTabs current={filters.state} counts={list.counts} />
        </div>
        <h2 className="mt-8 mb-4 text-xl font-bold tracking-tight text-slate-900">
          {t(`states.${filters.state}`)}
          {list.total > 0 ? (
            <span className="ml-2 text-base font-normal text-slate-700">({t('count', { count: list.total })})</span>
          ) : null}
        </h2>
        <PagedList list={list} hrefFor={hrefFor} empty={t(`empty.${filters.state}`)}>
          {(items) => (
            <ul className="flex flex-col gap-4">
              {items.map((message) => (
                <li key={message.id} id={`message-${message.id}`}>
                  <ContactMessageCard message={message} />
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      </PageContainer>
    </ClientMessages>
  );
}
