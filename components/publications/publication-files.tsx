'use client';

// A publication's files as its editors see them: in order, each with its type and size, to move up
// or down and remove (small forms, so it all works without JavaScript), and a form to add one. The
// file form posts to a route handler that streams the file (app/api/publications/[id]/attachments):
// with JavaScript through fetch, errors shown beside the field and a file over the limit refused
// before it is sent; without, as a plain multipart post that leads back here with the outcome.
import { usePathname, useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { fileSizeText } from '@/components/ui/file-size';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { StepButton } from './step-button';
import { TextField } from '@/components/ui/text-field';
import type { FormAnswer, FormState } from '@/lib/forms/action';
import { changeAttachmentAction } from '@/lib/publications/actions';
import type { AttachmentItem } from '@/lib/publications/attachments';
import { attachmentTitleMaxLength } from '@/lib/publications/schemas';
import { acceptedFileExtensions, fileKindOf } from '@/lib/storage/file-kinds';

/** What the route handler answers a request that asks for JSON. */
interface AddFileAnswer {
  ok?: boolean;
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

export function PublicationFiles({
  publicationId,
  sectionId,
  files,
  maxMegabytes,
  initialState,
}: {
  publicationId: string;
  /** The toolkit section whose files these are; none for the publication's own files. */
  sectionId?: string;
  files: AttachmentItem[];
  /** The upload limit (UPLOAD_MAX_MB), checked here before sending and again by the server. */
  maxMegabytes: number;
  /** What a file post without JavaScript led to (from the query string). */
  initialState?: FormAnswer;
}) {
  const t = useTranslations('publications');
  const tc = useTranslations('common');
  const router = useRouter();
  const pathname = usePathname();
  const format = useFormatter();
  const sizeOf = (bytes: number) => fileSizeText(format, bytes);
  const base = `/api/publications/${encodeURIComponent(publicationId)}/attachments`;
  const endpoint = sectionId ? `${base}?section=${encodeURIComponent(sectionId)}` : base;
  // Ids stay unique when a toolkit shows a file form per section; the page leads back to the right one.
  const formId = sectionId ? `section-${sectionId}-file-add` : 'file-add';
  const fileFieldId = `${formId}-file`;
  const anchor = sectionId ? `toolkit-section-${sectionId}` : 'files';

  async function addFile(_previous: unknown, formData: FormData): Promise<FormState> {
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return { ok: false, status: 400, message: 'invalidInput', fieldErrors: { file: ['fileMissing'] } };
    }
    if (file.size > maxMegabytes * 1024 * 1024) {
      return { ok: false, status: 413, message: 'fileTooLarge', fieldErrors: { file: ['fileTooLarge'] } };
    }
    const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/json' }, body: formData });
    const answer = (await response.json().catch(() => ({}))) as AddFileAnswer;
    if (response.ok && answer.ok) {
      // The page again with the new list and the outcome, as after the plain post (which says it once).
      router.push(`${pathname}?outcome=fileAdded#${anchor}`, { scroll: false });
      // The same address as after the last file differs only by its #: fetch the new list anyway.
      router.refresh();
      return { ok: true };
    }
    if (response.status === 413) {
      return { ok: false, status: 413, message: 'fileTooLarge', fieldErrors: { file: ['fileTooLarge'] } };
    }
    return {
      ok: false,
      status: 400,
      message: answer.error ?? 'unexpected',
      fieldErrors: answer.fieldErrors,
    };
  }

  const { formProps, field, errorOf, summary, pending } = useActionForm({
    action: addFile,
    defaultValues: { title: '', file: '' },
    namespace: 'publications',
    id: formId,
    endpoint,
    initialState,
  });
  const fileError = errorOf('file');
  const fileHintId = `${fileFieldId}-hint`;

  return (
    <div className="flex flex-col gap-6">
      {files.length > 0 ? (
        <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200">
          {files.map((file, index) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="font-semibold break-words text-slate-900">{file.title}</p>
                <p className="text-sm text-slate-700">
                  {[
                    file.title !== file.fileName ? file.fileName : null,
                    tc(`fileKind.${fileKindOf(file.contentType)}`),
                    sizeOf(file.size),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {index > 0 ? (
                  <StepButton
                    action={changeAttachmentAction}
                    id={`file-up-${file.id}`}
                    fields={{ publicationId, attachmentId: file.id }}
                    step="up"
                    text={t('files.up')}
                    label={t('files.upLabel', { title: file.title })}
                  />
                ) : null}
                {index < files.length - 1 ? (
                  <StepButton
                    action={changeAttachmentAction}
                    id={`file-down-${file.id}`}
                    fields={{ publicationId, attachmentId: file.id }}
                    step="down"
                    text={t('files.down')}
                    label={t('files.downLabel', { title: file.title })}
                  />
                ) : null}
                <StepButton
                  action={changeAttachmentAction}
                  id={`file-remove-${file.id}`}
                  fields={{ publicationId, attachmentId: file.id }}
                  step="remove"
                  text={t('files.remove')}
                  label={t('files.removeLabel', { title: file.title })}
                />
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-slate-700">{t('files.none')}</p>
      )}

      <form
        {...formProps}
        encType="multipart/form-data"
        aria-labelledby={`${formId}-heading`}
        className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      >
        <h3 id={`${formId}-heading`} className="text-base font-semibold text-slate-900">
          {t(sectionId ? 'files.addToSection' : 'files.add')}
        </h3>
        {summary}
        {/* The title comes first: the server reads the fields before the file it streams. */}
        <TextField
          label={t('files.title')}
          hint={t('files.titleHint')}
          maxLength={attachmentTitleMaxLength}
          {...field('title')}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={fileFieldId} className="text-sm font-semibold text-slate-800">
            {t('files.file')}
          </label>
          <p id={fileHintId} className="text-sm text-slate-700">
            {t('files.fileHint', { max: maxMegabytes })}
          </p>
          <input
            id={fileFieldId}
            name="file"
            type="file"
            required
            accept={acceptedFileExtensions}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[fileHintId, fileError ? `${fileFieldId}-error` : null].filter(Boolean).join(' ')}
            className="min-h-11 text-slate-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:font-medium"
          />
          {fileError ? (
            <p id={`${fileFieldId}-error`} role="alert" className="text-sm font-medium text-red-800">
              {fileError}
            </p>
          ) : null}
        </div>
        <SubmitButton pending={pending} label={t('files.addButton')} pendingLabel={t('files.sending')} />
      </form>
    </div>
  );
}
