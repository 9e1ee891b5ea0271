'use client';

// An event's content, times and links, for staff (/manage/events): one form, new or existing (a
// hidden eventId). The times are wall-clock times in the chosen zone, which comes first so the form
// reads in the order it is meant (the zone, then the times in it).
import { useTranslations } from 'next-intl';
import type { DefaultValues } from 'react-hook-form';
import { Choice, ChoiceGroup, SelectInputField, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { createEventAction, updateEventAction } from '@/lib/events/actions';
import type { EventFormOptions } from '@/lib/events/queries';
import {
  descriptionMaxLength,
  eventSchema,
  locationMaxLength,
  titleMaxLength,
  type EventInput,
} from '@/lib/events/schemas';
import { zoneLabel } from './event-time';

export function EventForm({
  eventId,
  values,
  options,
  currentCampaign,
}: {
  /** The event being edited; none for a new one. */
  eventId?: string;
  /** What is stored (a new event: emptyEvent in the organiser's last zone). */
  values: DefaultValues<EventInput>;
  options: Omit<EventFormOptions, 'defaultTimeZone'>;
  /** The campaign the event belongs to, offered even if the viewer could not choose it now. */
  currentCampaign?: { slug: string; title: string } | null;
}) {
  const t = useTranslations('events.form');
  const { formProps, field, choice, errorOf, summary, pending } = useActionForm({
    action: eventId ? updateEventAction : createEventAction,
    schema: eventSchema,
    defaultValues: values,
    namespace: 'events',
    id: 'event',
  });
  const storedZone = typeof values.timeZone === 'string' ? values.timeZone : '';
  const zones =
    storedZone && !options.timeZones.includes(storedZone) ? [storedZone, ...options.timeZones] : options.timeZones;
  const campaigns =
    currentCampaign && !options.campaigns.some((campaign) => campaign.slug === currentCampaign.slug)
      ? [currentCampaign, ...options.campaigns]
      : options.campaigns;

  return (
    <form {...formProps} aria-label={t(eventId ? 'editLabel' : 'newLabel')} className="flex flex-col gap-6">
      {summary}
      {eventId ? <input type="hidden" name="eventId" value={eventId} /> : null}
      <TextField label={t('title')} maxLength={titleMaxLength} {...field('title')} />
      <div className="flex flex-col gap-1">
        <SelectInputField
          label={t('timeZone')}
          placeholder={t('timeZonePlaceholder')}
          options={zones.map((zone) => ({ value: zone, label: zoneLabel(zone) }))}
          // Its hint below it, and its error when there is one.
          aria-describedby={errorOf('timeZone') ? 'event-timeZone-hint event-timeZone-error' : 'event-timeZone-hint'}
          {...field('timeZone')}
        />
        <p id="event-timeZone-hint" className="text-sm text-slate-700">
          {t('timeZoneHint')}
        </p>
      </div>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField type="datetime-local" label={t('startsAt')} hint={t('timesHint')} {...field('startsAt')} />
        <TextField type="datetime-local" label={t('endsAt')} hint={t('timesHint')} {...field('endsAt')} />
      </div>
      <TextField label={t('location')} hint={t('locationHint')} maxLength={locationMaxLength} {...field('location')} />
      <TextField type="url" inputMode="url" label={t('onlineUrl')} hint={t('onlineUrlHint')} {...field('onlineUrl')} />
      <TextAreaField
        label={t('description')}
        hint={t('descriptionHint')}
        rows={10}
        maxLength={descriptionMaxLength}
        {...field('description')}
      />
      <ChoiceGroup id="event-regions" legend={t('regions')} hint={t('regionsHint')} error={errorOf('regions')}>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {options.regions.map((region) => (
            <li key={region.slug}>
              <Choice label={region.name} {...choice('regions', region.slug)} />
            </li>
          ))}
        </ul>
      </ChoiceGroup>
      {campaigns.length > 0 ? (
        <SelectInputField
          label={t('campaign')}
          placeholder={t('campaignPlaceholder')}
          options={campaigns.map((campaign) => ({ value: campaign.slug, label: campaign.title }))}
          {...field('campaign')}
        />
      ) : (
        <input type="hidden" name="campaign" value="" />
      )}
      <SubmitButton pending={pending} label={t(eventId ? 'save' : 'create')} pendingLabel={t('saving')} />
    </form>
  );
}
