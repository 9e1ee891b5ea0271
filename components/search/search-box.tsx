import { useTranslations } from 'next-intl';
import { buttonClasses } from '@/components/ui/button-link';
import { cx } from '@/lib/site/class-names';

/**
 * The header's search: a GET form to /search, so it works without JavaScript. Its words are in
 * `nav`, which every page sends to the browser for the menu that also holds it. A landmark of its
 * own (role="search"), labelled for those who cannot see the field's placeholder.
 */
export function SearchBox({
  defaultValue,
  id = 'site-search',
  label,
}: {
  defaultValue?: string;
  /** Unique on the page: the header's box and the search page's own both show there. */
  id?: string;
  label?: string;
}) {
  const t = useTranslations('nav.search');
  const name = label ?? t('label');
  return (
    <form role="search" method="get" action="/search" aria-label={name} className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        {name}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={120}
        placeholder={t('placeholder')}
        className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-600"
      />
      <button type="submit" className={cx(buttonClasses('primary'), 'shrink-0')}>
        {t('submit')}
      </button>
    </form>
  );
}
