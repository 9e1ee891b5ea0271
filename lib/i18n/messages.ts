// The message catalogues: one JSON file per feature and language under messages/<locale>/, merged
// into one object whose top-level keys are the file names (e.g. `directory.title`).
export const locales = ['en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const catalogue = (await import(`./messages/${locale}/index.ts`)) as { default: Record<string, unknown> };
  return catalogue.default;
}
