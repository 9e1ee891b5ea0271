// For tests: the publication form as the browser sends it (checkbox groups as lists), a public
// report about Kenya with a fresh title unless told otherwise.
import { uniqueSuffix } from '@/prisma/seed/factories';

export function publicationFormValues(overrides: Record<string, string | string[]> = {}): Record<string, unknown> {
  return {
    title: `Test publication ${uniqueSuffix()}`,
    kind: 'REPORT',
    summary: '',
    body: 'Read the files.',
    authors: '',
    source: '',
    sourceUrl: '',
    linkUrl: '',
    publishedAt: '',
    regions: [],
    countries: ['KE'],
    themes: [],
    language: 'en',
    visibility: 'PUBLIC',
    embargoUntil: '',
    ...overrides,
  };
}
