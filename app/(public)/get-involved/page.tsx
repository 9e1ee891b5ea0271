import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CampaignCard } from '@/components/campaigns/campaign-card';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { signInPath } from '@/lib/auth/guards';
import { can } from '@/lib/auth/policy';
import { getViewer } from '@/lib/auth/viewer';
import { listActiveCampaigns } from '@/lib/campaigns/queries';
import { EventCard } from '@/components/events/event-card';
import { listUpcomingEvents } from '@/lib/events/queries';
import { WayToAct } from './_components/way-to-act';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('getInvolved');
  return { title: t('title') };
}

const sharePath = '/account/submissions';

/** The next few events; the rest are on /events. */
const upcomingEventsShown = 3;

/**
 * The ways to act today: the running campaigns with their counters, joining, sharing a resource,
 * writing to us. Visitors get it from the page cache (decision 008): it depends on the viewer only
 * through getViewer, which reads as a visitor there.
 */
export default async function GetInvolvedPage() {
  const viewer = await getViewer();
  const [t, campaigns, upcoming] = await Promise.all([
    getTranslations('getInvolved'),
    listActiveCampaigns(viewer),
    listUpcomingEvents(viewer, { page: 1, region: undefined }),
  ]);
  const events = upcoming.items.slice(0, upcomingEventsShown);
  const canShare = can(viewer, 'publication:share', {});

  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />

      <Section
        id="campaigns"
        title={t('campaigns.heading')}
        action={<TextLink href="/campaigns">{t('campaigns.all')}</TextLink>}
      >
        {campaigns.length > 0 ? (
          <>
            <p className="-mt-2 mb-5 max-w-prose text-slate-700">{t('campaigns.intro')}</p>
            <ul className="grid gap-5 md:grid-cols-2 lg:grid-cols-3">
              {campaigns.map((campaign) => (
                <li key={campaign.slug}>
                  <CampaignCard campaign={campaign} headingLevel={3} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <EmptyState>{t('campaigns.empty')}</EmptyState>
        )}
      </Section>

      {events.length > 0 ? (
        <Section id="events" title={t('events.heading')} action={<TextLink href="/events">{t('events.all')}</TextLink>}>
          <p className="-mt-2 mb-5 max-w-prose text-slate-700">{t('events.intro')}</p>
          <ul className="grid gap-5 md:grid-cols-2 lg:grid-cols-3">
            {events.map((event) => (
              <li key={event.slug}>
                <EventCard event={event} headingLevel={3} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <ul className="mt-12 grid gap-5 md:grid-cols-3">
        <li>
          <WayToAct id="join" title={t('join.heading')} text={t('join.text')}>
            <ButtonLink href="/join">{t('join.link')}</ButtonLink>
          </WayToAct>
        </li>
        <li>
          <WayToAct
            id="share"
            title={t('share.heading')}
            text={t('share.text')}
            note={canShare ? undefined : t('share.membersOnly')}
          >
            {canShare ? (
              <ButtonLink href={sharePath}>{t('share.link')}</ButtonLink>
            ) : (
              <ButtonLink href={signInPath(sharePath)} variant="secondary">
                {t('share.signIn')}
              </ButtonLink>
            )}
          </WayToAct>
        </li>
        <li>
          <WayToAct id="contact" title={t('contact.heading')} text={t('contact.text')}>
            <ButtonLink href="/contact" variant="secondary">
              {t('contact.link')}
            </ButtonLink>
          </WayToAct>
        </li>
      </ul>
    </PageContainer>
  );
}
