import { useTranslations } from 'next-intl';
import { cx } from '@/lib/site/class-names';

export interface ContactInfo {
  email: string;
  phone: string | null;
  address: string | null;
}

/** The coalition's email (mailto link), phone (tel link) and postal address, as a description list. */
export function ContactDetails({ contact, tone = 'light' }: { contact: ContactInfo; tone?: 'light' | 'dark' }) {
  const t = useTranslations('contact');
  const term = tone === 'dark' ? 'text-slate-300' : 'text-slate-700';
  const link =
    tone === 'dark'
      ? 'text-white underline decoration-white/50 hover:decoration-white'
      : 'font-medium text-brand-800 underline hover:text-brand-950';
  const addressLines = contact.address?.split(/\n|\s*;\s*/).filter(Boolean) ?? [];
  return (
    <address className="not-italic">
      <dl className="space-y-3">
        <div>
          <dt className={cx('text-sm font-semibold', term)}>{t('email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`} className={link}>
              {contact.email}
            </a>
          </dd>
        </div>
        {contact.phone ? (
          <div>
            <dt className={cx('text-sm font-semibold', term)}>{t('phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} className={link}>
                {contact.phone}
              </a>
            </dd>
          </div>
        ) : null}
        {addressLines.length > 0 ? (
          <div>
            <dt className={cx('text-sm font-semibold', term)}>{t('address')}</dt>
            <dd>
              {addressLines.map((line, index) => (
                <span key={index} className="block">
                  {line}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
    </address>
  );
}
