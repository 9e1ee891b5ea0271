'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { buttonClasses } from '@/components/ui/button-link';

/** What an unexpected failure shows: a plain sentence, a retry button and a link home. */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errors.error');
  useEffect(() => {
    // The real error stays in the logs (and the server's, by its digest); the user sees a sentence.
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className={buttonClasses('primary')}>
          {t('retry')}
        </button>
        <Link href="/" className={buttonClasses('secondary')}>
          {t('home')}
        </Link>
      </div>
    </div>
  );
}
