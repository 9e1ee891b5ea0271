import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ContactDetails } from '@/components/site/contact-details';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getShellSettings } from '@/lib/site/settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contact');
  return { title: t('title') };
}

export default async function ContactPage() {
  const t = await getTranslations('contact');
  const settings = getShellSettings();
  const ways = [
    { href: '/join', title: t('involved.join'), text: t('involved.joinText') },
    { href: '/directory', title: t('involved.directory'), text: t('involved.directoryText') },
    { href: '/campaigns', title: t('involved.campaigns'), text: t('involved.campaignsText') },
  ];
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section
          aria-labelledby="details-heading"
          className="self-start rounded-lg border border-slate-200 bg-slate-50 p-6"
        >
          <h2 id="details-heading" className="mb-4 text-xl font-semibold text-slate-900">
            {t('detailsHeading')}
          </h2>
          <p className="mb-4 font-semibold text-slate-900">{settings.name}</p>
          <ContactDetails contact={settings.contact} />
        </section>
        <Section id="get-involved" title={t('involved.heading')} className="mt-0">
          <p className="max-w-prose text-lg text-slate-700">{t('involved.intro')}</p>
          <ul className="mt-6 space-y-4">
            {ways.map((way) => (
              <li key={way.href} className="rounded-lg border border-slate-200 p-5">
                <Link
                  href={way.href}
                  className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 text-lg font-semibold underline"
                >
                  {way.title}
                </Link>
                <p className="mt-1 text-slate-700">{way.text}</p>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </PageContainer>
  );
}
