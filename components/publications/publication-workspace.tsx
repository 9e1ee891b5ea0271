// One publication as those who work on it see it: its state, the steps they may take, its content
// form (when they may change it) and its history. The same for staff (/manage/publications/[id])
// and for its author (/account/submissions/[id]); the page reads the data, this only shows it.
import { useLocale, useTranslations } from 'next-intl';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BackLink, TextLink } from '@/components/ui/text-link';
import type { FormAnswer } from '@/lib/forms/action';
import type { EditablePublication, PublicationFormOptions } from '@/lib/publications/queries';
import { publicationLanguages } from '@/lib/publications/schemas';
import { isTransition, type Transition } from '@/lib/publications/workflow';
import { languageName } from '@/lib/site/text';
import { PublicationFiles } from './publication-files';
import { PublicationForm } from './publication-form';
import { PublicationHistory } from './publication-history';
import { PublicationStatusBadge } from './publication-status-badge';
import { PublicationSteps } from './publication-steps';
import { ToolkitSections } from './toolkit-sections';

const fileOutcomes = [
  'fileAdded',
  'fileRemoved',
  'fileMoved',
  'sectionAdded',
  'sectionSaved',
  'sectionMoved',
  'sectionRemoved',
] as const;
type Outcome = 'created' | Transition | (typeof fileOutcomes)[number];

/** What a redirect after a step, a new draft, a change to the files or sections may announce (?outcome=…). */
export function outcomeOf(value: unknown): Outcome | null {
  if (typeof value !== 'string') return null;
  if (value === 'created' || isTransition(value)) return value;
  return fileOutcomes.find((outcome) => outcome === value) ?? null;
}

const fileErrors = ['fileMissing', 'fileType', 'fileTooLarge', 'fileUnreadable', 'attachmentTitleTooLong'] as const;

/** A refused file post, for the file form it came from: the publication's, or a toolkit section's. */
export interface FileAnswer {
  sectionId: string | null;
  answer: FormAnswer;
}

/**
 * Why a file post without JavaScript was refused (?fileError=…&fileSection=…), for the file form
 * that shows it.
 */
export function fileAnswerOf(error: unknown, section: unknown): FileAnswer | undefined {
  const key = fileErrors.find((known) => known === error);
  if (!key) return undefined;
  const field = key === 'attachmentTitleTooLong' ? 'title' : 'file';
  return {
    sectionId: typeof section === 'string' && section ? section : null,
    answer: { ok: false, status: 400, message: 'invalidInput', fieldErrors: { [field]: [key] } },
  };
}

/** The languages the form offers, named in the reader's language. */
export function useLanguageOptions() {
  const locale = useLocale();
  return publicationLanguages.map((code) => ({ value: code, label: languageName(code, locale) }));
}

export function PublicationWorkspace({
  publication,
  options,
  outcome,
  back,
  previewHref,
  forAuthor = false,
  fileAnswer,
  uploadMaxMegabytes,
}: {
  publication: EditablePublication;
  options: PublicationFormOptions;
  outcome: Outcome | null;
  /** A refusal of a file form after a post without JavaScript. */
  fileAnswer?: FileAnswer;
  /** The upload limit in MB (UPLOAD_MAX_MB). */
  uploadMaxMegabytes: number;
  back: { href: string; label: string };
  /** Where it is shown as readers will see it. */
  previewHref: string;
  /** Whether the page is its author's (notes about review for them). */
  forAuthor?: boolean;
}) {
  const t = useTranslations('publications');
  const languages = useLanguageOptions();
  const authorNote =
    forAuthor && publication.status === 'CHANGES_REQUESTED'
      ? t('submissions.changesRequested')
      : forAuthor && publication.status === 'REJECTED'
        ? t('submissions.rejected')
        : forAuthor && publication.status === 'IN_REVIEW'
          ? t('submissions.inReview')
          : null;
  return (
    <ClientMessages namespaces={['publications', 'common']}>
      <PageContainer className="max-w-4xl">
        <BackLink href={back.href}>{back.label}</BackLink>
        {outcome ? (
          <div className="mb-6">
            <FormAlert tone="success">{t(`results.${outcome}`)}</FormAlert>
          </div>
        ) : null}
        <PageHeader title={publication.values.title} eyebrow={<PublicationStatusBadge status={publication.status} />} />
        {authorNote ? (
          <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">{authorNote}</p>
        ) : null}
        <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
          {publication.status === 'PUBLISHED' ? (
            <TextLink href={`/library/${publication.slug}`}>{t('editor.view')}</TextLink>
          ) : null}
          <TextLink href={previewHref}>{t('editor.preview')}</TextLink>
        </p>
        <Section id="steps" title={t('editor.steps')}>
          {publication.steps.length > 0 ? (
            <PublicationSteps publicationId={publication.id} steps={publication.steps} />
          ) : (
            <p className="text-slate-700">{t('editor.noSteps')}</p>
          )}
        </Section>
        <Section id="content" title={t('editor.content')}>
          {publication.editable ? (
            <PublicationForm
              publicationId={publication.id}
              values={publication.values}
              options={options}
              languages={languages}
            />
          ) : (
            <p className="text-slate-700">{t('editor.notEditable')}</p>
          )}
        </Section>
        {publication.editable ? (
          <Section id="files" title={t('files.heading')}>
            <p className="mb-4 text-slate-700">{t('files.intro')}</p>
            <PublicationFiles
              publicationId={publication.id}
              files={publication.files}
              maxMegabytes={uploadMaxMegabytes}
              initialState={fileAnswer && !fileAnswer.sectionId ? fileAnswer.answer : undefined}
            />
          </Section>
        ) : null}
        {publication.editable && publication.values.kind === 'TOOLKIT' ? (
          <Section id="sections" title={t('sections.heading')}>
            <p className="mb-4 text-slate-700">{t('sections.intro')}</p>
            <ToolkitSections
              publicationId={publication.id}
              sections={publication.sections}
              maxMegabytes={uploadMaxMegabytes}
              fileAnswer={
                fileAnswer?.sectionId ? { sectionId: fileAnswer.sectionId, answer: fileAnswer.answer } : undefined
              }
            />
          </Section>
        ) : null}
        <Section id="history" title={t('history.heading')}>
          <PublicationHistory history={publication.history} />
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
