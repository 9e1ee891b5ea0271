'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { ButtonLink } from '@/components/ui/button-link';

/** What the applicant sees once the application is stored; focus moves to it so it is read out. */
export function ApplicationConfirmation({ email }: { email: string }) {
  const t = useTranslations('join.confirmation');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="join-confirmation"
      role="status"
      className="rounded-lg border border-emerald-300 bg-emerald-50 p-6"
    >
      <h2
        id="join-confirmation"
        ref={heading}
        tabIndex={-1}
        className="text-2xl font-bold tracking-tight text-emerald-950"
      >
        {t('title')}
      </h2>
      <p className="mt-3 max-w-prose text-emerald-950">{t('text', { email })}</p>
      <div className="mt-6">
        <ButtonLink href="/">{t('home')}</ButtonLink>
      </div>
    </section>
  );
}
