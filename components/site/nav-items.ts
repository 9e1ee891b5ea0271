/** Who sees an entry in the desktop's one-row bar; everyone sees it in the phone menu and the footer. */
type BarAudience = 'visitor' | 'member' | 'staff';

/**
 * The main sections of the public site, in the order of the navigation. The bar has no room at
 * 1280px for every entry beside the account and staff entries (e2e/site-header.spec.ts): `barFor`
 * names who sees an entry there when not everyone does.
 */
export const navItems = [
  { href: '/directory', key: 'directory' },
  { href: '/library', key: 'library' },
  { href: '/campaigns', key: 'campaigns' },
  { href: '/events', key: 'events' },
  { href: '/regions', key: 'regions' },
  // It invites visitors in; members and staff are in already.
  { href: '/get-involved', key: 'getInvolved', barFor: ['visitor'] },
  // Staff write to the coalition from inside it.
  { href: '/contact', key: 'contact', barFor: ['visitor', 'member'] },
] as const satisfies readonly { href: string; key: string; barFor?: readonly BarAudience[] }[];

/** Whether an entry is in the bar for this viewer. */
export function inBar(item: (typeof navItems)[number], audience: BarAudience): boolean {
  return !('barFor' in item) || (item.barFor as readonly BarAudience[]).includes(audience);
}

export type NavKey = (typeof navItems)[number]['key'];

/** The staff area, shown in the header to those who may enter it. */
export const staffItem = { href: '/manage', key: 'manage' } as const;

/** "page" on the section's own page, "true" inside it (e.g. on a profile), else nothing. */
export function currentState(pathname: string, href: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  if (pathname.startsWith(`${href}/`)) return 'true';
  return undefined;
}
