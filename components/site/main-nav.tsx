'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { signOutAction } from '@/lib/auth/actions';
import { currentState, navItems } from './nav-items';
import type { ShellAccount } from './site-shell';

/** The main navigation; marks the current section with aria-current. */
export function MainNav({ account }: { account: ShellAccount | null }) {
  const t = useTranslations('nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('mainLabel')} className="w-full md:w-auto">
      <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 md:gap-x-2">
        {navItems.map((item) => {
          const current = currentState(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                className="aria-[current]:bg-brand-50 aria-[current]:text-brand-900 inline-flex min-h-11 items-center rounded-md px-3 py-2 text-[0.95rem] font-medium text-slate-800 hover:bg-slate-100 hover:text-slate-950 aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8"
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
        {account ? (
          <>
            <li className="md:ml-2">
              <Link
                href="/account"
                aria-current={currentState(pathname, '/account')}
                className="text-brand-900 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-md px-3 py-2 text-[0.95rem] font-semibold"
              >
                {t('account', { name: account.name })}
              </Link>
            </li>
            <li>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="text-brand-900 ring-brand-800 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-md px-3 py-2 text-[0.95rem] font-semibold ring-1 ring-inset"
                >
                  {t('signOut')}
                </button>
              </form>
            </li>
          </>
        ) : (
          <li className="md:ml-2">
            <Link
              href="/sign-in"
              aria-current={currentState(pathname, '/sign-in')}
              className="text-brand-900 ring-brand-800 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-md px-3 py-2 text-[0.95rem] font-semibold ring-1 ring-inset"
            >
              {t('signIn')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
