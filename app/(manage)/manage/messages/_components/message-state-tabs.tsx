import { useTranslations } from 'next-intl';
import { FilterTabs } from '@/components/ui/filter-tabs';
import { contactMessageStates, type ContactMessageState } from '@/lib/contact/schemas';

/** Links to the open and the handled messages, with their counts; the current one is marked. */
export function MessageStateTabs({
  current,
  counts,
}: {
  current: ContactMessageState;
  counts: Record<ContactMessageState, number>;
}) {
  const t = useTranslations('contactMessages');
  return (
    <FilterTabs
      label={t('filterLabel')}
      tabs={contactMessageStates.map((state) => ({
        href: state === 'open' ? '/manage/messages' : `/manage/messages?state=${state}`,
        label: t('tab', { label: t(`states.${state}`), count: counts[state] }),
        current: state === current,
      }))}
    />
  );
}
