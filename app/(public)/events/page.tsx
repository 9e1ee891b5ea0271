import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventCard } from '@/components/events/event-card';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { PagedList } from '@/components/ui/paged-list';
import { textLinkClasses } from '@/components/ui/text-link';
import { getViewer } from '@/lib/auth/viewer';
import { listUpcomingEvents } from '@/lib/events/queries';
import { eventFiltersSchema } from '@/lib/events/filters';
import { listRegionOptions } from '@/lib/regions/queries';
import { hrefWith, type SearchParams } from '@/lib/site/search-params';
import { absoluteUrl } from '@/lib/site/settings';
import { EventFilters } from './_components/event-filters';

type Props = { searchParams: Promise<SearchParams> };

/** The list's title, and the calendar feed of every event as an alternate, so calendar apps find it. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events');
  return {
    title: t('title'),
    alternates: { types: { 'text/calendar': [{ url: '/events.ics', title: t('subscribe.feedTitle') }] } },
  };
}

/** Events that have not ended, soonest first, each at its own local time; filtered by region. */
export default async function EventsPage({ searchParams }: Props) {
  const filters = eventFiltersSchema.parse(await searchParams);
  const viewer = await getViewer();
  const [t, result, regions] = await Promise.all([
    getTranslations('events'),
    listUpcomingEvents(viewer, filters),
    listRegionOptions(),
  ]);
  const hrefFor = (page: number) => hrefWith('/events', { region: filters.region, page });
  const feedPath = hrefWith('/events.ics', { region: filters.region });
  const region = regions.find((candidate) => candidate.slug === filters.region);

  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="mt-8">
        <EventFilters
          regions={regions.map((option) => ({ value: option.slug, label: option.name }))}
          selected={filters}
        />
      </div>
      <section aria-labelledby="subscribe-heading" className="mt-6 max-w-3xl">
        <h2 id="subscribe-heading" className="text-base font-semibold text-slate-900">
          {t('subscribe.heading')}
        </h2>
        <p className="mt-1">
          {/* A file, not a page: a plain link, so the browser hands it to the calendar app. */}
          <a href={feedPath} type="text/calendar" className={textLinkClasses}>
            {region ? t('subscribe.linkInRegion', { region: region.name }) : t('subscribe.link')}
          </a>
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {t('subscribe.hint')} <code className="break-all">{absoluteUrl(feedPath)}</code>
        </p>
      </section>
      <p className="mt-8 mb-4 text-slate-700">{result.total > 0 ? t('count', { count: result.total }) : null}</p>
      <PagedList list={result} hrefFor={hrefFor} empty={t('empty')}>
        {(items) => (
          <ul className="grid max-w-4xl gap-5">
            {items.map((event) => (
              <li key={event.slug}>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </PageContainer>
  );
}
