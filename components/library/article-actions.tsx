import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button-link';
import { PrintButton } from './print-button';

/**
 * Print, download as PDF, e-mail (mailto) and send-to-a-colleague for a publication; `url` is its
 * public address (from SITE_URL).
 */
export function ArticleActions({ title, url, slug }: { title: string; url: string; slug: string }) {
  const t = useTranslations('library.article');
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(t('emailBody', { title, url }))}`;
  return (
    <div role="group" aria-label={t('actions')} className="no-print flex flex-wrap gap-3">
      <PrintButton />
      {/* A plain link, not next/link: a file made on the server, not a page to prefetch. */}
      <a href={`/library/${slug}/pdf`} type="application/pdf" className={buttonClasses('secondary')}>
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4 fill-current">
          <path d="M9 2h2v8.6l3.3-3.3 1.4 1.4L10 14.4 4.3 8.7l1.4-1.4L9 10.6V2Zm-6 14h14v2H3v-2Z" />
        </svg>
        {t('downloadPdf')}
      </a>
      <a href={mailto} aria-label={t('emailLabel')} className={buttonClasses('secondary')}>
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4 fill-current">
          <path d="M2 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1Zm8 6.2L3.4 6H3v.9l7 4.5 7-4.5V6h-.4L10 10.2Z" />
        </svg>
        {t('email')}
      </a>
      {/* Through the portal's mailer, for readers without a mail program of their own. */}
      <Link href={`/library/${slug}/send`} className={buttonClasses('secondary')}>
        {t('send')}
      </Link>
    </div>
  );
}
