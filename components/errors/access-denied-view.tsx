import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button-link';
import { SignInLink } from './sign-in-link';

/** The page for 403 (signed in, not allowed) and 401 (sign-in needed). */
export function AccessDeniedView({ kind }: { kind: 'forbidden' | 'unauthorized' }) {
  const t = useTranslations('errors');
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t(`${kind}.title`)}</h1>
      <p className="mt-4 text-lg text-slate-700">{t(`${kind}.text`)}</p>
      <div className="mt-8">
        {kind === 'forbidden' ? (
          <ButtonLink href="/">{t('forbidden.home')}</ButtonLink>
        ) : (
          <SignInLink>{t('unauthorized.signIn')}</SignInLink>
        )}
      </div>
    </div>
  );
}
