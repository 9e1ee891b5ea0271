import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { SiteShell } from '@/components/site/site-shell';
import { getViewerSummary } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { getShellSettings } from '@/lib/site/settings';
import './globals.css';

export const metadata: Metadata = {
  title: { default: env.COALITION_NAME, template: `%s · ${env.COALITION_NAME}` },
  description: env.COALITION_TAGLINE,
};

// Every page reads the session (the header shows who is signed in) and the database on request.
export const dynamic = 'force-dynamic';

// The site's header, <main> and footer are drawn here, once, for every page: the public, member and
// staff pages, and the not-found, forbidden, unauthorized and error pages, wherever Next.js puts
// them (inside a group's layout, or in place of it when the group's layout itself refuses).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, account] = await Promise.all([getLocale(), getViewerSummary()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <NextIntlClientProvider>
          <SiteShell settings={getShellSettings()} account={account ? { name: account.name } : null}>
            {children}
          </SiteShell>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
