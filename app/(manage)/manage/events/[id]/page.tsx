import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventForm } from '@/components/events/event-form';
import { EventStatusBadge } from '@/components/events/event-status-badge';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BackLink, TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import { getEventForEditing, getEventFormOptions } from '@/lib/events/queries';
import { firstValue, type SearchParams } from '@/lib/site/search-params';
import { CancelEventForm, ReinstateEventForm } from './_components/event-status-forms';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const outcomes = ['created', 'cancelled', 'reinstated'] as const;

/** What a redirect after creating, cancelling or putting an event back on announces (?outcome=…). */
const outcomeOf = (value: unknown) => outcomes.find((outcome) => outcome === value) ?? null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getEventForEditing(await getViewer(), (await params).id);
  const t = await getTranslations('events.editor');
  return { title: result.ok ? result.data.values.title : t('metaTitle') };
}

/**
 * One event for staff who may change it: its form, and cancelling it, in two steps that work
 * without JavaScript (the button leads to ?step=cancel, which asks; only its own button cancels).
 */
export default async function ManageEventPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const returnTo = `/manage/events/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(returnTo, 'event:manage', {});
  const [result, options, t] = await Promise.all([
    getEventForEditing(viewer, id),
    getEventFormOptions(viewer),
    getTranslations('events'),
  ]);
  const event = dataOrRefusalPage(result, returnTo);
  const outcome = outcomeOf(firstValue(query.outcome));
  const confirming = firstValue(query.step) === 'cancel' && event.status === 'SCHEDULED';

  return (
    <ClientMessages namespaces={['events']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/events">{t('editor.back')}</BackLink>
        {outcome ? (
          <div className="mb-6">
            <FormAlert tone="success">{t(`results.${outcome}`)}</FormAlert>
          </div>
        ) : null}
        <PageHeader title={event.values.title} eyebrow={<EventStatusBadge status={event.status} showScheduled />} />
        <p className="mt-6 mb-6">
          <TextLink href={`/events/${event.slug}`}>{t('editor.view')}</TextLink>
        </p>
        <Section id="content" title={t('editor.content')}>
          <EventForm eventId={event.id} values={event.values} options={options} currentCampaign={event.campaign} />
        </Section>
        <Section id="cancel" title={t('editor.cancelHeading')}>
          {event.status === 'CANCELLED' ? (
            <div className="flex flex-col gap-4">
              <p className="text-slate-700">{t('cancel.cancelled')}</p>
              <ReinstateEventForm eventId={event.id} />
            </div>
          ) : confirming ? (
            <div className="flex flex-col gap-4 rounded-lg border border-amber-300 bg-amber-50 p-5">
              <h3 className="text-lg font-semibold text-amber-950">
                {t('cancel.question', { title: event.values.title })}
              </h3>
              <p className="text-amber-950">{t('cancel.intro')}</p>
              <div className="flex flex-wrap items-center gap-4">
                <CancelEventForm eventId={event.id} title={event.values.title} />
                <TextLink href={`${returnTo}#cancel`}>{t('cancel.keep')}</TextLink>
              </div>
            </div>
          ) : (
            <div className="flex flex-col items-start gap-4">
              <p className="text-slate-700">{t('cancel.intro')}</p>
              <ButtonLink href={`${returnTo}?step=cancel#cancel`} variant="secondary">
                {t('cancel.start')}
              </ButtonLink>
            </div>
          )}
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
