'use client';

import { useTranslations } from 'next-intl';
import { FormAlert } from '@/components/ui/form-alert';
import type { ActionResult } from '@/lib/forms/result';

// Refusals every write can give; their words are in errors.actions. The rest are the people forms' own.
const commonRefusals = new Set(['forbidden', 'signInRequired', 'invalidInput', 'notFound', 'unexpected']);

/** What a people form's last submission came to, as a success or an error message. */
export function ActionResultAlert({ result }: { result: ActionResult | null }) {
  const t = useTranslations();
  if (!result?.message) return null;
  const text = commonRefusals.has(result.message)
    ? t(`errors.actions.${result.message}` as 'errors.actions.unexpected')
    : t(`people.results.${result.message}` as 'people.results.roleChanged');
  return <FormAlert tone={result.ok ? 'success' : 'error'}>{text}</FormAlert>;
}
