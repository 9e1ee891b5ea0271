import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { LogoMark } from './logo-mark';
import { MainNav } from './main-nav';
import type { ShellAccount } from './site-shell';

/** The skip link and the site header: the coalition's name as the home link, and the navigation. */
export function SiteHeader({ name, account }: { name: string; account: ShellAccount | null }) {
  const t = useTranslations('common');
  return (
    <>
      <a
        href="#main"
        className="text-brand-900 sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t('skipToContent')}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
          <Link
            href="/"
            className="text-brand-950 hover:text-brand-800 flex min-h-11 items-center gap-2.5 text-lg leading-tight font-bold"
          >
            <LogoMark className="text-brand-800 size-8 shrink-0" />
            <span>{name}</span>
          </Link>
          <MainNav account={account} />
        </div>
      </header>
    </>
  );
}
