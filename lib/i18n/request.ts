// next-intl: which language and which messages serve a request. English only for now; French and
// Spanish arrive as catalogues beside en/ (docs/decisions/005-words-on-screen.md).
import { getRequestConfig } from 'next-intl/server';
import { loadMessages, defaultLocale } from './messages';

export default getRequestConfig(async () => {
  const locale = defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' };
});
