import { useTranslations } from 'next-intl';
import { PageContainer } from '@/components/site/site-shell';
import { ButtonLink } from '@/components/ui/button-link';
import { PageHeader } from '@/components/ui/page-header';
import { TextLink } from '@/components/ui/text-link';

const retries = {
  signInLink: { href: '/sign-in/link', label: 'linkInvalid.newSignInLink' },
  passwordLink: { href: '/reset-password', label: 'linkInvalid.newPasswordLink' },
  emailChange: { href: '/account#email', label: 'linkInvalid.newEmailChange' },
} as const;

/** What a mailed link that is unknown, used or expired opens: why, and where to ask for a new one. */
export function LinkInvalid({ retry }: { retry: keyof typeof retries }) {
  const t = useTranslations('auth');
  const { href, label } = retries[retry];
  return (
    <PageContainer className="max-w-xl">
      <PageHeader title={t('linkInvalid.title')} intro={t('linkInvalid.body')} />
      <p className="mt-8 text-slate-700">{t('linkInvalid.askAgain')}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <ButtonLink href={href}>{t(label)}</ButtonLink>
        <TextLink href="/sign-in">{t('backToSignIn')}</TextLink>
      </div>
    </PageContainer>
  );
}
