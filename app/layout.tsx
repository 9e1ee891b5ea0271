import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SiteShell } from '@/components/site/site-shell';
import { env } from '@/lib/env';
import { getShellSettings } from '@/lib/site/settings';
import { getShellAccount } from '@/lib/site/shell';
import './globals.css';

export const metadata: Metadata = {
  // Makes the addresses below absolute, as Open Graph wants them.
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.COALITION_NAME, template: `%s · ${env.COALITION_NAME}` },
  description: env.COALITION_TAGLINE,
  // Files in public/: the mark as SVG, with PNG-in-ICO and touch-icon fallbacks (scripts/render-icons.mjs).
  icons: {
    icon: [
      { url: '/favicon.svg', type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '16x16 32x32' },
    ],
    apple: '/apple-touch-icon.png',
  },
  openGraph: {
    siteName: env.COALITION_NAME,
    images: [{ url: '/og-image.png', width: 1200, height: 630, alt: env.COALITION_NAME }],
  },
};

// No `dynamic` here: the header reads the session, which makes every route dynamic, except the
// visitors' cached copies (app/(visitor), 'force-static'), where the session reads as empty.
// The site's header, <main> and footer are drawn here, once, for every page: the public, member and
// staff pages, and the not-found, forbidden, unauthorized and error pages, wherever Next.js puts
// them (inside a group's layout, or in place of it when the group's layout itself refuses).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, account] = await Promise.all([getLocale(), getShellAccount()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <ClientMessages>
          <SiteShell settings={getShellSettings()} account={account}>
            {children}
          </SiteShell>
        </ClientMessages>
      </body>
    </html>
  );
}
