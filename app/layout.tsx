import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { env } from '@/lib/env';
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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
