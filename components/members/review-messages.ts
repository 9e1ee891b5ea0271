'use client';

import { useTranslations } from 'next-intl';

/**
 * Turns the catalogue keys a review action returns into sentences: keys of `applications.errors`
 * first (a review's own refusals and field errors), then `errors.actions` (forbidden, invalidInput…).
 */
export function useReviewMessages() {
  const t = useTranslations();
  return (key: string | undefined | null): string | null => {
    if (!key) return null;
    const own = `applications.errors.${key}` as 'applications.errors.alreadyReviewed';
    if (t.has(own)) return t(own);
    const general = `errors.actions.${key}` as 'errors.actions.unexpected';
    if (t.has(general)) return t(general);
    return t('errors.actions.unexpected');
  };
}
