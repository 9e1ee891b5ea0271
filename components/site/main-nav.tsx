'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { signOutAction } from '@/lib/auth/actions';
import { cx } from '@/lib/site/class-names';
import type { ShellAccountSummary } from '@/lib/site/shell';
import { currentState, inBar, navItems, staffItem } from './nav-items';

const layouts = {
  // One row beside the coalition's name, on wide screens.
  bar: {
    list: 'flex items-center gap-x-1',
    item: '',
    link: 'px-2',
    divider: 'ml-2 border-l border-slate-300 pl-2',
  },
  // A column inside the small screens' menu, each entry the width of the screen.
  menu: {
    list: 'flex flex-col gap-y-1',
    item: 'w-full',
    link: 'w-full px-3',
    divider: 'mt-2 border-t border-slate-200 pt-3',
  },
} as const;

const sectionLink =
  'aria-[current]:bg-brand-50 aria-[current]:text-brand-900 inline-flex min-h-11 items-center rounded-md py-2 text-[0.95rem] font-medium text-slate-800 hover:bg-slate-100 hover:text-slate-950 aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8';
const accountLink =
  'text-brand-900 hover:bg-brand-50 aria-[current]:bg-brand-50 inline-flex min-h-11 items-center rounded-md py-2 text-[0.95rem] font-semibold aria-[current]:underline aria-[current]:decoration-2 aria-[current]:underline-offset-8';
const outlined = 'text-brand-900 ring-brand-800 hover:bg-brand-50 ring-1 ring-inset';

/**
 * The main navigation: the sections, the staff area for those who may enter it, and the account.
 * `bar` lays it out in one row (wide screens), `menu` in a column (inside the small screens' menu).
 * Marks the current section with aria-current.
 */
export function MainNav({ account, layout }: { account: ShellAccountSummary | null; layout: keyof typeof layouts }) {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const style = layouts[layout];
  const audience = !account ? 'visitor' : account.canManage ? 'staff' : 'member';
  const items = layout === 'bar' ? navItems.filter((item) => inBar(item, audience)) : navItems;
  return (
    <nav aria-label={t('mainLabel')}>
      <ul className={style.list}>
        {items.map((item) => (
          <li key={item.href} className={style.item}>
            <Link
              href={item.href}
              aria-current={currentState(pathname, item.href)}
              className={cx(sectionLink, style.link)}
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
        {account?.canManage ? (
          <li className={style.item}>
            <Link
              href={staffItem.href}
              aria-current={currentState(pathname, staffItem.href)}
              className={cx(sectionLink, style.link)}
            >
              {t(staffItem.key)}
            </Link>
          </li>
        ) : null}
        {account ? (
          <>
            <li className={cx(style.item, style.divider)}>
              <Link
                href="/account"
                aria-current={currentState(pathname, '/account')}
                title={layout === 'bar' ? account.name : undefined}
                className={cx(accountLink, style.link)}
              >
                {/* Long names are cut short in the bar; the link's name stays whole. */}
                <span className={layout === 'bar' ? 'block max-w-[8rem] truncate' : undefined}>
                  {t('account', { name: account.name })}
                </span>
              </Link>
            </li>
            <li className={style.item}>
              <form action={signOutAction}>
                <button type="submit" className={cx(accountLink, outlined, style.link)}>
                  {t('signOut')}
                </button>
              </form>
            </li>
          </>
        ) : (
          <li className={cx(style.item, layout === 'bar' ? 'ml-2' : 'mt-2')}>
            <Link
              href="/sign-in"
              aria-current={currentState(pathname, '/sign-in')}
              className={cx(accountLink, outlined, style.link)}
            >
              {t('signIn')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
