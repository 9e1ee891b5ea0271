import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventForm } from '@/components/events/event-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { BackLink } from '@/components/ui/text-link';
import { requirePermission } from '@/lib/auth/guards';
import { getEventFormOptions } from '@/lib/events/queries';
import { emptyEvent } from '@/lib/events/schemas';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events.editor');
  return { title: t('newTitle') };
}

/** Staff create an event: public at once, on /events and in the feeds. */
export default async function NewEventPage() {
  const viewer = await requirePermission('/manage/events/new', 'event:manage', {});
  const [t, { defaultTimeZone, ...options }] = await Promise.all([
    getTranslations('events.editor'),
    getEventFormOptions(viewer),
  ]);
  return (
    <ClientMessages namespaces={['events']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/events">{t('back')}</BackLink>
        <PageHeader title={t('newTitle')} intro={t('newIntro')} />
        <div className="mt-8">
          <EventForm values={emptyEvent(defaultTimeZone)} options={options} />
        </div>
      </PageContainer>
    </ClientMessages>
  );
}
