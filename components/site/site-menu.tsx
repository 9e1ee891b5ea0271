'use client';

import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { SearchBox } from '@/components/search/search-box';
import type { ShellAccountSummary } from '@/lib/site/shell';
import { MainNav } from './main-nav';

/**
 * The navigation on small screens: a disclosure (<details>), so it opens and closes without
 * JavaScript, from the keyboard (Enter or Space on its summary) and is announced as expanded or
 * collapsed. With JavaScript it also closes on Escape and after following one of its links.
 */
export function SiteMenu({ account }: { account: ShellAccountSummary | null }) {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={menu}
      className="group"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="text-brand-900 ring-brand-800 hover:bg-brand-50 flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-[0.95rem] font-semibold ring-1 ring-inset [&::-webkit-details-marker]:hidden">
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-5 fill-current">
          <path className="group-open:hidden" d="M2 4h16v2H2V4Zm0 5h16v2H2V9Zm0 5h16v2H2v-2Z" />
          <path
            className="hidden group-open:block"
            d="m4.4 3 5.6 5.6L15.6 3 17 4.4 11.4 10l5.6 5.6-1.4 1.4-5.6-5.6L4.4 17 3 15.6 8.6 10 3 4.4 4.4 3Z"
          />
        </svg>
        {t('menu')}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg sm:px-6">
        {/* On phones the search lives here: the header's row for it shows from the sm breakpoint. */}
        <div className="mb-3 sm:hidden">
          <SearchBox id="menu-search" />
        </div>
        <MainNav account={account} layout="menu" />
      </div>
    </details>
  );
}
