// Turns the catalogue keys that the auth schemas and actions return into words on screen. An
// unexpected key (e.g. zod's own message for a missing field) falls back to a general one.
import { useTranslations } from 'next-intl';

type Key = 'errors.unexpected';

export function useAuthMessages() {
  const t = useTranslations('auth');
  const from = (namespace: 'errors' | 'passwordRules' | 'sent', key: string | undefined | null) => {
    if (!key) return null;
    const full = `${namespace}.${key}` as Key;
    return t.has(full) ? t(full) : t(namespace === 'sent' ? 'errors.unexpected' : 'errors.invalidInput');
  };
  return {
    /** A message about the whole form or a field (`auth.errors`). */
    error: (key: string | undefined | null) => from('errors', key),
    /** A rule a new password breaks (`auth.passwordRules`). */
    passwordRule: (key: string | undefined | null) => from('passwordRules', key),
    /** The confirmation after a link was asked for (`auth.sent`). */
    sent: (key: string | undefined | null) => from('sent', key),
  };
}
