'use client';

// A toolkit's sections as its editors see them, in order: each with a form for its heading and
// text, buttons to move it up or down or remove it, and its own files; then a form to add a section
// at the end. Every form is a plain post that leads back to the section it changed, so writing and
// ordering a toolkit works without JavaScript.
import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import type { FormAnswer } from '@/lib/forms/action';
import { addSectionAction, changeSectionAction, updateSectionAction } from '@/lib/publications/actions';
import { sectionBodyMaxLength, sectionContentSchema, sectionHeadingMaxLength } from '@/lib/publications/schemas';
import type { ToolkitSectionItem } from '@/lib/publications/sections';
import { PublicationFiles } from './publication-files';
import { StepButton } from './step-button';

/** The heading and text of a section: a new one (no section) or an existing one. */
function SectionForm({ publicationId, section }: { publicationId: string; section?: ToolkitSectionItem }) {
  const t = useTranslations('publications.sections');
  const { formProps, field, summary, pending } = useActionForm({
    action: section ? updateSectionAction : addSectionAction,
    schema: sectionContentSchema,
    defaultValues: { heading: section?.heading ?? '', body: section?.body ?? '' },
    namespace: 'publications',
    id: section ? `section-${section.id}` : 'section-new',
  });
  return (
    <form
      {...formProps}
      aria-label={section ? t('editLabel', { number: section.position + 1 }) : t('add')}
      className="flex flex-col gap-4"
    >
      {summary}
      <input type="hidden" name="publicationId" value={publicationId} />
      {section ? <input type="hidden" name="sectionId" value={section.id} /> : null}
      <TextField label={t('headingLabel')} maxLength={sectionHeadingMaxLength} {...field('heading')} />
      <TextAreaField
        label={t('body')}
        hint={t('bodyHint')}
        rows={8}
        maxLength={sectionBodyMaxLength}
        {...field('body')}
      />
      <SubmitButton
        pending={pending}
        label={t(section ? 'save' : 'addButton')}
        pendingLabel={t('saving')}
        variant={section ? 'secondary' : 'primary'}
      />
    </form>
  );
}

export function ToolkitSections({
  publicationId,
  sections,
  maxMegabytes,
  fileAnswer,
}: {
  publicationId: string;
  sections: ToolkitSectionItem[];
  /** The upload limit in MB (UPLOAD_MAX_MB). */
  maxMegabytes: number;
  /** A refused file post without JavaScript, for the section it was meant for. */
  fileAnswer?: { sectionId: string; answer: FormAnswer };
}) {
  const t = useTranslations('publications.sections');
  return (
    <div className="flex flex-col gap-8">
      {sections.length > 0 ? (
        <ol className="flex flex-col gap-6">
          {sections.map((section, index) => {
            const headingId = `toolkit-section-${section.id}-heading`;
            const fields = { publicationId, sectionId: section.id };
            return (
              <li key={section.id}>
                <section
                  id={`toolkit-section-${section.id}`}
                  aria-labelledby={headingId}
                  className="flex scroll-mt-4 flex-col gap-5 rounded-lg border border-slate-200 p-4"
                >
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <h3 id={headingId} className="text-lg font-semibold break-words text-slate-900">
                      {t('numbered', { number: index + 1, heading: section.heading })}
                    </h3>
                    <div className="flex flex-wrap gap-2">
                      {index > 0 ? (
                        <StepButton
                          action={changeSectionAction}
                          id={`section-up-${section.id}`}
                          fields={fields}
                          step="up"
                          text={t('up')}
                          label={t('upLabel', { heading: section.heading })}
                        />
                      ) : null}
                      {index < sections.length - 1 ? (
                        <StepButton
                          action={changeSectionAction}
                          id={`section-down-${section.id}`}
                          fields={fields}
                          step="down"
                          text={t('down')}
                          label={t('downLabel', { heading: section.heading })}
                        />
                      ) : null}
                      <StepButton
                        action={changeSectionAction}
                        id={`section-remove-${section.id}`}
                        fields={fields}
                        step="remove"
                        text={t('remove')}
                        label={t('removeLabel', { heading: section.heading })}
                      />
                    </div>
                  </div>
                  <SectionForm publicationId={publicationId} section={section} />
                  <div className="flex flex-col gap-3">
                    <h4 className="font-semibold text-slate-900">{t('filesHeading')}</h4>
                    <PublicationFiles
                      publicationId={publicationId}
                      sectionId={section.id}
                      files={section.files}
                      maxMegabytes={maxMegabytes}
                      initialState={fileAnswer?.sectionId === section.id ? fileAnswer.answer : undefined}
                    />
                  </div>
                </section>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-slate-700">{t('none')}</p>
      )}
      <section
        aria-labelledby="section-add-title"
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      >
        <h3 id="section-add-title" className="text-base font-semibold text-slate-900">
          {t('add')}
        </h3>
        <SectionForm publicationId={publicationId} />
      </section>
    </div>
  );
}
