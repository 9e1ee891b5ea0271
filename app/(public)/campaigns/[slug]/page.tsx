import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CampaignDates } from '@/components/campaigns/campaign-dates';
import { SignatureList } from '@/components/campaigns/signature-list';
import { SignatureProgress } from '@/components/campaigns/signature-progress';
import { PageContainer } from '@/components/site/site-shell';
import { EmptyState } from '@/components/ui/empty-state';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TagList } from '@/components/ui/tag-list';
import { FeedLinks } from '@/components/ui/feed-links';
import { BackLink, TextLink, textLinkClasses } from '@/components/ui/text-link';
import { dataOrRefusalPage } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { rememberVisitorRecordPage } from '@/lib/site/page-cache';
import { countSignaturesByCountry, getCampaign, getOwnEndorsement } from '@/lib/campaigns/queries';
import { CampaignImage } from '@/components/campaigns/campaign-image';
import { EndorseForm } from '@/components/campaigns/endorse-form';
import { EndorsementList } from '@/components/campaigns/endorsement-list';
import { listCampaignEvents } from '@/lib/events/queries';
import { EventCard } from '@/components/events/event-card';
import { CountryCounts } from '@/components/campaigns/country-counts';
import { CampaignStatusBadge } from '@/components/campaigns/campaign-status-badge';
import { SignForm } from '@/components/campaigns/sign-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { currentConsentVersion } from '@/lib/campaigns/consent';
import { listRegionsWithCountries } from '@/lib/regions/queries';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { ShareLinks } from '@/components/campaigns/share-links';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCampaign(await getViewer(), (await params).slug);
  if (!result.ok) return {};
  const campaign = result.data;
  return {
    title: campaign.title,
    description: campaign.goal,
    // The picture a shared link shows: the campaign's own, with its live count (og.png/route.tsx).
    openGraph: {
      title: campaign.title,
      description: campaign.goal,
      images: [{ url: `/campaigns/${campaign.slug}/og.png`, width: 1200, height: 630, alt: campaign.title }],
    },
    alternates: {
      types: {
        'application/rss+xml': `/campaigns/${campaign.slug}/updates.rss`,
        'application/atom+xml': `/campaigns/${campaign.slug}/updates.atom`,
      },
    },
  };
}

export default async function CampaignPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const campaign = dataOrRefusalPage(await getCampaign(viewer, slug), `/campaigns/${slug}`);
  if (!viewer) rememberVisitorRecordPage(`/campaigns/${campaign.slug}`);
  const [t, format, regions, byCountry, eventsResult, ownEndorsement] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listRegionsWithCountries(),
    countSignaturesByCountry(viewer, campaign.slug),
    listCampaignEvents(viewer, campaign.slug),
    getOwnEndorsement(viewer, campaign.slug),
  ]);
  const events = eventsResult.ok ? eventsResult.data : [];
  const countryCounts = byCountry.ok ? byCountry.data.countries : [];
  const countries = regions
    .flatMap((region) => region.countries)
    .map((country) => ({ value: country.code, label: country.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));

  return (
    <PageContainer>
      <BackLink href="/campaigns">{t('campaigns.detail.back')}</BackLink>
      <PageHeader
        title={campaign.title}
        eyebrow={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1 font-normal text-slate-700">
            <CampaignStatusBadge status={campaign.status} />
            <CampaignDates startsAt={campaign.startsAt} endsAt={campaign.endsAt} />
          </span>
        }
        intro={campaign.goal}
      />

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <section aria-labelledby="call-to-action" className="border-brand-700 bg-brand-50 rounded-lg border-l-4 p-5">
            <h2 id="call-to-action" className="text-brand-950 text-lg font-semibold">
              {t('campaigns.detail.callToAction')}
            </h2>
            <p className="mt-2 text-lg text-slate-900">{campaign.callToAction}</p>
            {campaign.status === 'CLOSED' ? (
              <p className="mt-2 text-sm text-slate-700">{t('campaigns.detail.closedNotice')}</p>
            ) : null}
            {campaign.status === 'ACTIVE' ? (
              <div className="mt-5 rounded-md bg-white p-4 ring-1 ring-slate-200">
                <ClientMessages namespaces={['campaigns']}>
                  <SignForm
                    slug={campaign.slug}
                    countries={countries}
                    consentText={t('campaigns.sign.consent', { site: getSiteSettings().name })}
                    consentVersion={currentConsentVersion}
                  />
                </ClientMessages>
              </div>
            ) : null}
          </section>

          {/* After the call to action, never before it: on a phone that stays the first thing. */}
          {campaign.image ? <CampaignImage image={campaign.image} className="mt-10 rounded-lg bg-slate-100" /> : null}

          {campaign.targets.length > 0 ? (
            <Section id="targets" title={t('campaigns.detail.targets')} className="mt-10">
              <ul className="list-disc space-y-1 pl-6 text-slate-800">
                {campaign.targets.map((target) => (
                  <li key={target}>{target}</li>
                ))}
              </ul>
            </Section>
          ) : null}

          {campaign.body ? (
            <Section id="about" title={t('campaigns.detail.about')} className="mt-10">
              <Markdown minHeadingLevel={3}>{campaign.body}</Markdown>
            </Section>
          ) : null}

          {events.length > 0 ? (
            <Section
              id="events"
              title={t('campaigns.detail.events')}
              className="mt-10"
              action={
                <a href={`/campaigns/${campaign.slug}/events.ics`} type="text/calendar" className={textLinkClasses}>
                  {t('campaigns.detail.eventsFeed')}
                </a>
              }
            >
              <ul className="grid gap-5 md:grid-cols-2">
                {events.map((event) => (
                  <li key={event.slug}>
                    <EventCard event={event} headingLevel={3} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}

          <Section id="updates" title={t('campaigns.detail.updates')} className="mt-10">
            {campaign.updates.length > 0 ? (
              <ol className="space-y-8">
                {campaign.updates.map((update) => (
                  <li key={update.id}>
                    <article aria-labelledby={`update-${update.id}`} className="border-l-2 border-slate-200 pl-5">
                      <p className="text-sm text-slate-700">
                        <time dateTime={update.publishedAt.toISOString()}>
                          {format.dateTime(update.publishedAt, { dateStyle: 'long' })}
                        </time>
                      </p>
                      <h3 id={`update-${update.id}`} className="mt-1 text-xl font-semibold text-slate-900">
                        {update.title}
                      </h3>
                      <Markdown className="mt-2" minHeadingLevel={4}>
                        {update.body}
                      </Markdown>
                    </article>
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState>{t('campaigns.detail.noUpdates')}</EmptyState>
            )}
          </Section>
        </div>

        <div className="space-y-8 self-start">
          <section
            aria-labelledby="progress-heading"
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id="progress-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t('campaigns.detail.progress')}
            </h2>
            <SignatureProgress count={campaign.signatureCount} goal={campaign.signatureGoal} size="lg" />
          </section>
          <section aria-labelledby="share-heading">
            <h2 id="share-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t('campaigns.share.heading')}
            </h2>
            <ShareLinks url={absoluteUrl(`/campaigns/${campaign.slug}`)} title={campaign.title} goal={campaign.goal} />
            <FeedLinks
              className="mt-3"
              label={t('campaigns.share.follow')}
              links={{
                rss: `/campaigns/${campaign.slug}/updates.rss`,
                atom: `/campaigns/${campaign.slug}/updates.atom`,
              }}
            />
          </section>
          {campaign.regions.length > 0 ? (
            <section aria-labelledby="regions-heading">
              <h2 id="regions-heading" className="mb-3 text-lg font-semibold text-slate-900">
                {t('campaigns.detail.regions')}
              </h2>
              <TagList
                tags={campaign.regions.map((region) => ({ label: region.name, href: `/regions/${region.slug}` }))}
              />
            </section>
          ) : null}
        </div>
      </div>

      <div className="grid gap-10 lg:grid-cols-2">
        <Section id="endorsements" title={t('campaigns.detail.endorsements')}>
          <p className="mb-4 font-semibold text-slate-900">
            {t('campaigns.detail.endorsementCount', { count: campaign.endorsementCount })}
          </p>
          {campaign.endorsements.length > 0 ? <EndorsementList endorsements={campaign.endorsements} /> : null}
          {ownEndorsement && (campaign.status === 'ACTIVE' || ownEndorsement.tier) ? (
            <div className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-5">
              <h3 className="mb-2 text-lg font-semibold text-slate-900">{t('campaigns.endorse.heading')}</h3>
              <p className="mb-4 text-slate-700">
                {t('campaigns.endorse.intro', { organization: ownEndorsement.organizationName })}
              </p>
              <ClientMessages namespaces={['campaigns']}>
                <EndorseForm
                  slug={campaign.slug}
                  organization={ownEndorsement.organizationName}
                  tier={ownEndorsement.tier}
                  open={campaign.status === 'ACTIVE'}
                />
              </ClientMessages>
            </div>
          ) : null}
        </Section>
        <Section id="signatures" title={t('campaigns.detail.signatures')}>
          {campaign.latestSignatures.length > 0 ? (
            <>
              <SignatureList signatures={campaign.latestSignatures} />
              <p className="mt-4">
                <TextLink href={`/campaigns/${campaign.slug}/signers`}>{t('campaigns.signers.all')}</TextLink>
              </p>
            </>
          ) : (
            <EmptyState>{t('campaigns.detail.noSignatures')}</EmptyState>
          )}
        </Section>
      </div>
      <Section id="countries" title={t('campaigns.countries.heading')}>
        {countryCounts.length > 0 ? (
          <div className="max-w-xl">
            <CountryCounts countries={countryCounts} limit={15} />
            <p className="mt-4">
              <a
                href={`/campaigns/${campaign.slug}/countries.json`}
                type="application/json"
                className={textLinkClasses}
              >
                {t('campaigns.countries.json')}
              </a>
            </p>
          </div>
        ) : (
          <EmptyState>{t('campaigns.countries.none')}</EmptyState>
        )}
      </Section>
    </PageContainer>
  );
}
