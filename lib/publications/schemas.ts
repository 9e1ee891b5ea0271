// The publication form (/manage/publications, /account/submissions) and the workflow's steps. Error
// messages are keys of the `publications.errors` catalogue (shared ones of `errors.fields`).
import { z } from 'zod';
import {
  countryCodesSchema,
  isRealDate,
  linesSchema,
  normalisedText,
  oneLine,
  optionalDateSchema,
  optionalWebsiteSchema,
  recordIdSchema,
  requiredLine,
  regionSlugsSchema,
  themeSlugsSchema,
  visibilitySchema,
} from '@/lib/forms/fields';
import { PublicationKind, PublicationStatus } from '@/lib/generated/prisma/enums';
import { enumParam, pageParam } from '@/lib/site/search-params';
import { isTransition, reviewReasons, workflow } from './workflow';

/** The publication's own columns the form writes, declared once: what is saved, read back and compared. */
export const contentColumnNames = [
  'title',
  'kind',
  'summary',
  'body',
  'authors',
  'source',
  'sourceUrl',
  'linkUrl',
  'publishedAt',
  'language',
  'visibility',
  'embargoUntil',
] as const;
type ContentColumn = (typeof contentColumnNames)[number];

/** `select` for those columns. */
export const contentColumnsSelect = Object.fromEntries(contentColumnNames.map((name) => [name, true])) as Record<
  ContentColumn,
  true
>;

export const titleMaxLength = 200;
export const summaryMaxLength = 600;
export const bodyMaxLength = 100_000;
export const authorMaxLength = 120;
export const authorsMax = 20;
export const sourceMaxLength = 200;
export const reasonTextMaxLength = 2000;

/**
 * The languages a publication may be written in (BCP 47), as the form offers them. A closed list:
 * the library filters on it, and search (issue 10) picks a text-search dictionary by it.
 */
export const publicationLanguages = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'sw', 'zh', 'de', 'tr', 'fa', 'uk'] as const;

const titleSchema = requiredLine(titleMaxLength, {
  required: 'titleRequired',
  tooLong: 'titleTooLong',
  invalid: 'titleInvalid',
});

/** Authors, one per line (commas are part of names such as "Ndlovu, T."). Empty lines are dropped. */
const authorsSchema = linesSchema({
  maxLength: authorMaxLength,
  maxLines: authorsMax,
  tooLong: 'authorTooLong',
  tooMany: 'tooManyAuthors',
});

/**
 * A moment in UTC, as <input type="datetime-local"> sends it ("2027-03-08T09:00", seconds optional);
 * the form says the time is UTC. Empty is none.
 */
const optionalUtcMomentSchema = z
  .string()
  .trim()
  .refine(
    (text) =>
      text === '' ||
      (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(text) && isRealDate(`${text}Z`, text.slice(0, 10))),
    { error: 'embargoInvalid' },
  )
  .transform((text) => (text ? new Date(`${text}Z`) : null));

/** Every field of a publication, as the form sends them. */
export const publicationSchema = z.object({
  title: titleSchema,
  kind: z.enum(PublicationKind, { error: 'kindRequired' }),
  summary: normalisedText(summaryMaxLength, 'summaryTooLong'),
  body: normalisedText(bodyMaxLength, 'bodyTooLong'),
  authors: authorsSchema,
  source: oneLine(sourceMaxLength, 'sourceTooLong').transform((text) => text || null),
  sourceUrl: optionalWebsiteSchema,
  linkUrl: optionalWebsiteSchema,
  publishedAt: optionalDateSchema,
  regions: regionSlugsSchema,
  countries: countryCodesSchema,
  themes: themeSlugsSchema,
  language: z.enum(publicationLanguages, { error: 'languageRequired' }),
  visibility: visibilitySchema,
  embargoUntil: optionalUtcMomentSchema,
});

export type PublicationInput = z.input<typeof publicationSchema>;
export type PublicationValues = z.output<typeof publicationSchema>;

/** A new publication's form: empty, public, in English; its kind still to choose. */
export const emptyPublication = {
  title: '',
  summary: '',
  body: '',
  authors: '',
  source: '',
  sourceUrl: '',
  linkUrl: '',
  publishedAt: '',
  regions: [],
  countries: [],
  themes: [],
  language: 'en',
  visibility: 'PUBLIC',
  embargoUntil: '',
} satisfies Partial<PublicationInput>;

/** The form's list fields (checkbox groups), for formAction. */
export const publicationListFields = ['regions', 'countries', 'themes'] as const;

/** An existing publication's form: the same fields and its id (a hidden field). */
export const publicationEditSchema = publicationSchema.extend({ publicationId: recordIdSchema });

/**
 * One step of the workflow on one publication. Asking for changes and rejecting need a coded reason;
 * the free text says more and is required with "other".
 */
export const transitionSchema = z
  .object({
    publicationId: recordIdSchema,
    transition: z.string().refine(isTransition, { error: 'transitionUnknown' }),
    reasonCode: z.enum(reviewReasons, { error: 'reasonRequired' }).optional().catch(undefined),
    reasonText: normalisedText(reasonTextMaxLength, 'reasonTooLong').optional(),
  })
  .superRefine((step, context) => {
    if (!isTransition(step.transition)) return;
    if (!('needsReason' in workflow[step.transition])) return;
    if (!step.reasonCode) context.addIssue({ code: 'custom', path: ['reasonCode'], message: 'reasonRequired' });
    else if (step.reasonCode === 'other' && !step.reasonText) {
      context.addIssue({ code: 'custom', path: ['reasonText'], message: 'reasonTextRequired' });
    }
  });

export type TransitionInput = z.input<typeof transitionSchema>;

/** The filters of /manage/publications (GET): a state and a page; anything else is ignored. */
export const managedPublicationFiltersSchema = z.object({
  status: enumParam(PublicationStatus),
  page: pageParam,
});

export type ManagedPublicationFilters = z.infer<typeof managedPublicationFiltersSchema>;

// ─── Attachments ────────────────────────────────────────────────────────────

export const attachmentTitleMaxLength = 200;

/** The title given beside a file when it is added; the file's name stands in when there is none. */
export const attachmentTitleSchema = normalisedText(attachmentTitleMaxLength, 'attachmentTitleTooLong').optional();

/** Removing one file, or moving it one place up or down among the publication's files. */
export const attachmentStepSchema = z.object({
  publicationId: recordIdSchema,
  attachmentId: recordIdSchema,
  step: z.enum(['remove', 'up', 'down'], { error: 'invalidInput' }),
});

// ─── Toolkit sections ───────────────────────────────────────────────────────

export const sectionHeadingMaxLength = 200;
export const sectionBodyMaxLength = 50_000;

/** A section of a toolkit as its form sends it: a heading (one line) and a Markdown body. */
export const sectionContentSchema = z.object({
  heading: z
    .string({ error: 'sectionHeadingRequired' })
    .transform((text) => text.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'sectionHeadingRequired', abort: true })
        .max(sectionHeadingMaxLength, { error: 'sectionHeadingTooLong' }),
    ),
  body: normalisedText(sectionBodyMaxLength, 'sectionBodyTooLong').default(''),
});

/** A new section, last in the toolkit. */
export const addSectionSchema = sectionContentSchema.extend({ publicationId: recordIdSchema });

/** A section's heading and body changed. */
export const updateSectionSchema = addSectionSchema.extend({ sectionId: recordIdSchema });

export type SectionInput = z.input<typeof updateSectionSchema>;

/** Removing one section (with its files), or moving it one place up or down. */
export const sectionStepSchema = z.object({
  publicationId: recordIdSchema,
  sectionId: recordIdSchema,
  step: z.enum(['remove', 'up', 'down'], { error: 'invalidInput' }),
});
