import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button-link';

/** The page for an unknown address, or a record the viewer may not see. */
export function NotFoundView() {
  const t = useTranslations('errors.notFound');
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <ButtonLink href="/">{t('home')}</ButtonLink>
        <ButtonLink href="/library" variant="secondary">
          {t('library')}
        </ButtonLink>
      </div>
    </div>
  );
}
