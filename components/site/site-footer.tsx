import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ContactDetails, type ContactInfo } from './contact-details';
import { navItems } from './nav-items';

/** The site footer: the coalition's name, tagline and contact details, and the sections again. */
export function SiteFooter({ name, tagline, contact }: { name: string; tagline: string; contact: ContactInfo }) {
  const t = useTranslations('nav');
  return (
    <footer className="no-print on-dark bg-brand-950 mt-16 text-slate-100">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[2fr_1fr_1fr]">
        <div>
          <p className="text-lg font-bold text-white">{name}</p>
          <p className="mt-2 max-w-md text-slate-200">{tagline}</p>
        </div>
        <div>
          <h2 className="mb-3 text-sm font-semibold tracking-wide text-white uppercase">
            {t('footer.contactHeading')}
          </h2>
          <ContactDetails contact={contact} tone="dark" />
        </div>
        <nav aria-label={t('footer.navLabel')}>
          <h2 className="mb-3 text-sm font-semibold tracking-wide text-white uppercase">
            {t('footer.exploreHeading')}
          </h2>
          <ul className="space-y-2">
            {navItems.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-slate-100 underline decoration-white/40 hover:decoration-white">
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-white/15">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-300 sm:px-6">
          {t('footer.copyright', { year: new Date().getFullYear(), name })}
        </p>
      </div>
    </footer>
  );
}
