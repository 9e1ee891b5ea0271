// Stands in for `next-intl/server` under Vitest. next-intl reads its request configuration through
// Next's bundler; outside Next, lib code that words mail gets the same English catalogue through
// next-intl's plain translator. Only what lib/ uses outside pages is provided.
import { createTranslator } from 'next-intl';
import messages from '../i18n/messages/en/index';

export function getTranslations({ locale, namespace }: { locale: string; namespace: string }) {
  return Promise.resolve(createTranslator({ locale, messages, namespace: namespace as never }));
}
