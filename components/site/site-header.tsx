import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SearchBox } from '@/components/search/search-box';
import type { ShellAccountSummary } from '@/lib/site/shell';
import { MainNav } from './main-nav';
import { SiteMenu } from './site-menu';

/**
 * The skip link and the site header: the coalition's name as the home link, the navigation, and
 * the search box on a row below. The navigation is in one row on wide screens (xl and up) and behind
 * a menu on narrower ones. Only one of the two is displayed at a time, so assistive technology finds
 * one main navigation. The row fits 1280px because the name wraps at 14rem and a long account name
 * is cut at 8rem (main-nav.tsx).
 */
export function SiteHeader({
  name,
  logoUrl,
  account,
}: {
  name: string;
  logoUrl: string;
  account: ShellAccountSummary | null;
}) {
  const t = useTranslations('common');
  return (
    <>
      <a
        href="#main"
        className="text-brand-900 sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t('skipToContent')}
      </a>
      <header className="no-print relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-6 px-4 py-3 sm:px-6">
          <Link
            href="/"
            className="text-brand-950 hover:text-brand-800 flex min-h-11 min-w-0 items-center gap-2.5 text-lg leading-tight font-bold xl:shrink-0"
          >
            {/* Decorative: the name beside it is the link's text. A setting, so a plain <img>. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={logoUrl} alt="" width={32} height={32} className="size-8 shrink-0 object-contain" />
            <span className="xl:max-w-[14rem]">{name}</span>
          </Link>
          <div className="hidden xl:block">
            <MainNav account={account} layout="bar" />
          </div>
          <div className="shrink-0 xl:hidden">
            <SiteMenu account={account} />
          </div>
        </div>
        {/* The search has a row of its own (the bar above has no room left at 1280px); on phones it
            is in the menu instead, so the page's own content comes first. */}
        <div className="hidden border-t border-slate-100 bg-slate-50 sm:block">
          <div className="mx-auto flex max-w-6xl justify-end px-4 py-2 sm:px-6">
            <div className="w-full sm:max-w-md">
              <SearchBox />
            </div>
          </div>
        </div>
      </header>
    </>
  );
}
