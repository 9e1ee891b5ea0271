'use client';

import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button-link';

/** Opens the browser's print dialog; the print styles leave only the article. */
export function PrintButton() {
  const t = useTranslations('library.article');
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses('secondary')}>
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4 fill-current">
        <path d="M5 2h10v4H5V2Zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2Zm3 6v3h8v-3H6Z" />
      </svg>
      {t('print')}
    </button>
  );
}
