// Small text helpers for showing database values safely.

/** The start of `text`, cut at a word boundary, with an ellipsis when it was cut. */
export function excerpt(text: string, maxLength = 220): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** `value` if it is an absolute http(s) URL, else null: never link a javascript: or data: address. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A URL without its scheme and trailing slash, for showing: https://example.org/x/ -> example.org/x */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The name of a language in the reader's language, e.g. languageName('fr', 'en') = 'French'. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Whether a text in `language` needs its own lang attribute on a page in `locale`. */
export function isOtherLanguage(language: string, locale: string): boolean {
  return language.split('-')[0]!.toLowerCase() !== locale.split('-')[0]!.toLowerCase();
}
