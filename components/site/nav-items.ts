/** The main sections of the public site, in the order of the navigation. */
export const navItems = [
  { href: '/directory', key: 'directory' },
  { href: '/library', key: 'library' },
  { href: '/campaigns', key: 'campaigns' },
  { href: '/regions', key: 'regions' },
  { href: '/contact', key: 'contact' },
] as const;

export type NavKey = (typeof navItems)[number]['key'];

/** The staff area, shown in the header to those who may enter it. */
export const staffItem = { href: '/manage', key: 'manage' } as const;

/** "page" on the section's own page, "true" inside it (e.g. on a profile), else nothing. */
export function currentState(pathname: string, href: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  if (pathname.startsWith(`${href}/`)) return 'true';
  return undefined;
}
