import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventStatusBadge } from '@/components/events/event-status-badge';
import { EventTime } from '@/components/events/event-time';
import { PageContainer } from '@/components/site/site-shell';
import { Facts } from '@/components/ui/facts';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TagList } from '@/components/ui/tag-list';
import { BackLink, TextLink, textLinkClasses } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getEvent } from '@/lib/events/queries';
import { rememberVisitorRecordPage } from '@/lib/site/page-cache';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getEvent(await getViewer(), (await params).slug);
  if (!result.ok) return {};
  const t = await getTranslations('events');
  const event = result.data;
  return {
    title: event.title,
    alternates: {
      types: { 'text/calendar': [{ url: `/events/${event.slug}/event.ics`, title: t('detail.addToCalendar') }] },
    },
  };
}

/** One event: when (in its own zone), where, its campaign and regions, its description, and its calendar file. */
export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const event = dataOrRefusalPage(await getEvent(viewer, slug), `/events/${slug}`);
  if (!viewer) rememberVisitorRecordPage(`/events/${event.slug}`);
  const t = await getTranslations('events');
  const cancelled = event.status === 'CANCELLED';

  return (
    <PageContainer>
      <BackLink href="/events">{t('detail.back')}</BackLink>
      <PageHeader title={event.title} eyebrow={cancelled ? <EventStatusBadge status={event.status} /> : undefined} />
      {cancelled ? (
        <p
          role="note"
          className="mt-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 font-semibold text-amber-950"
        >
          {t('detail.cancelled')}
        </p>
      ) : null}
      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <Facts
            layout="columns"
            facts={[
              {
                key: 'when',
                term: t('detail.when'),
                details: <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />,
              },
              { key: 'place', term: t('detail.place'), details: event.location },
              {
                key: 'online',
                term: t('detail.online'),
                details: event.onlineUrl ? (
                  <a href={event.onlineUrl} rel="noopener noreferrer nofollow" className={textLinkClasses}>
                    {t('detail.onlineLink')} <span className="break-all">({event.onlineUrl})</span>
                  </a>
                ) : null,
              },
              {
                key: 'campaign',
                term: t('detail.campaign'),
                details: event.campaign ? (
                  <TextLink href={`/campaigns/${event.campaign.slug}`}>{event.campaign.title}</TextLink>
                ) : null,
              },
              {
                key: 'regions',
                term: t('detail.regions'),
                details:
                  event.regions.length > 0 ? (
                    <TagList
                      tags={event.regions.map((region) => ({ label: region.name, href: `/regions/${region.slug}` }))}
                    />
                  ) : null,
              },
            ]}
          />
          {event.description ? (
            <Section id="about" title={t('detail.about')} className="mt-10">
              <Markdown minHeadingLevel={3}>{event.description}</Markdown>
            </Section>
          ) : null}
        </div>
        <aside className="no-print self-start rounded-lg border border-slate-200 bg-slate-50 p-5">
          <p>
            {/* A file, not a page: a plain link, so the browser hands it to the calendar app. */}
            <a href={`/events/${event.slug}/event.ics`} type="text/calendar" className={textLinkClasses}>
              {t('detail.addToCalendar')}
            </a>
          </p>
          <p className="mt-2 text-sm text-slate-700">{t('detail.addToCalendarHint')}</p>
          <p className="mt-4 text-sm">
            <TextLink href="/events">{t('detail.subscribe')}</TextLink>
          </p>
        </aside>
      </div>
    </PageContainer>
  );
}
