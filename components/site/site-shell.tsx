import type { ReactNode } from 'react';
import type { ShellAccountSummary } from '@/lib/site/shell';
import type { ContactInfo } from './contact-details';
import { PrintBanner } from './print-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export interface ShellSettings {
  name: string;
  tagline: string;
  contact: ContactInfo;
  /** The portal's public address (SITE_URL), for the address printed on every sheet. */
  siteUrl: string;
  /** The coalition's logo (COALITION_LOGO_URL). */
  logoUrl: string;
}

/**
 * Header, main landmark (id="main", the skip link's target) and footer around a page. In print the
 * header and footer give way to the coalition's name and the page's address at the top of every
 * sheet: browsers repeat a table's <thead> on each printed page (and keep room for it), so the page
 * sits in a presentational table that is laid out as plain blocks on screen (app/globals.css).
 */
export function SiteShell({
  settings,
  account,
  children,
}: {
  settings: ShellSettings;
  account: ShellAccountSummary | null;
  children: ReactNode;
}) {
  return (
    <table role="presentation" className="print-frame">
      <thead>
        <tr>
          <td>
            <PrintBanner name={settings.name} siteUrl={settings.siteUrl} />
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            <div className="flex min-h-screen flex-col">
              <SiteHeader name={settings.name} logoUrl={settings.logoUrl} account={account} />
              <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
                {children}
              </main>
              <SiteFooter name={settings.name} tagline={settings.tagline} contact={settings.contact} />
            </div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The usual width and padding of a page's content. */
export function PageContainer({ children, className }: { children: ReactNode; className?: string }) {
  // No padding in print: space after the last line would start a sheet of its own.
  return <div className={`mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10 print:p-0 ${className ?? ''}`}>{children}</div>;
}
