import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ContactForm } from '@/components/contact/contact-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ContactDetails } from '@/components/site/contact-details';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { contactSubjects } from '@/lib/contact/schemas';
import { getShellSettings } from '@/lib/site/settings';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('contact');
  return { title: t('title') };
}

/** The coalition's contact details and the contact form; the ways to take part are on /get-involved. */
export default async function ContactPage() {
  const t = await getTranslations('contact');
  const settings = getShellSettings();
  const subjects = contactSubjects.map((subject) => ({ value: subject, label: t(`subjects.${subject}`) }));
  return (
    <PageContainer>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="flex flex-col gap-6 self-start">
          <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-6">
            <h2 id="details-heading" className="mb-4 text-xl font-semibold text-slate-900">
              {t('detailsHeading')}
            </h2>
            <p className="mb-4 font-semibold text-slate-900">{settings.name}</p>
            <ContactDetails contact={settings.contact} />
          </section>
          <p className="text-slate-700">
            {t('involved.text')} <TextLink href="/get-involved">{t('involved.link')}</TextLink>
          </p>
        </div>
        <Section id="write" title={t('form.heading')} className="mt-0">
          <p className="mb-6 max-w-prose text-slate-700">{t('form.intro')}</p>
          <div className="max-w-2xl">
            <ClientMessages namespaces={['contact']}>
              <ContactForm subjects={subjects} />
            </ClientMessages>
          </div>
        </Section>
      </div>
    </PageContainer>
  );
}
