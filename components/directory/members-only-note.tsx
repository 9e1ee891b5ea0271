import { useTranslations } from 'next-intl';
import { TextLink } from '@/components/ui/text-link';

/** Tells a visitor that an organisation keeps some of its profile for signed-in members. */
export function MembersOnlyNote({ signInHref }: { signInHref: string }) {
  const t = useTranslations('organizationProfile.directory');
  return (
    <p className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 text-slate-800">
      {t('membersOnly')} <TextLink href={signInHref}>{t('signIn')}</TextLink>
    </p>
  );
}
