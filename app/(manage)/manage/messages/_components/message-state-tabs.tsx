import Link from 'next/link';
import { useTranslations } from 'next-intl';
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
    <nav aria-label={t('filterLabel')}>
      <ul className="flex flex-wrap gap-2">
        {contactMessageStates.map((state) => (
          <li key={state}>
            <Link
              href={state === 'open' ? '/manage/messages' : `/manage/messages?state=${state}`}
              aria-current={state === current ? 'page' : undefined}
              className="text-brand-900 ring-brand-800 hover:bg-brand-50 aria-[current]:bg-brand-800 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-inset aria-[current]:text-white"
            >
              {t('tab', { label: t(`states.${state}`), count: counts[state] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
