'use client';

// The "Image" part of a campaign's staff page: the current image, and one form that sends what it
// shows and the file together (the description first, so the server checks it before it keeps a
// byte of the file). The form posts to a route handler that streams the file
// (app/api/campaigns/[id]/image): with JavaScript through fetch, errors shown beside the fields and
// a file over the limit refused before it is sent; without, as a plain multipart post that leads
// back here with the outcome. Sent without a file, it changes the description of the image alone.
// Removing the image is a button beside it (a server action, page.tsx).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { FieldError, FieldHint } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { campaignImageAltSchema, imageAltMaxLength } from '@/lib/campaigns/schemas';
import type { FormAnswer, FormState } from '@/lib/forms/action';

const formId = 'campaign-image';
const fileFieldId = `${formId}-image`;

/** What the route handler answers a request that asks for JSON. */
interface ImageAnswer {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

export function CampaignImageForm({
  image,
  endpoint,
  accept,
  maxMegabytes,
  box,
  initialState,
}: {
  /** The current image, or null. */
  image: { url: string; alt: string } | null;
  /** Where the form posts. */
  endpoint: string;
  /** The file picker's hint: the extensions of the types kept. */
  accept: string;
  /** The limit (CAMPAIGN_IMAGE_MAX_MB), checked here before sending and again by the server. */
  maxMegabytes: number;
  /** The box an image is scaled down to fit. */
  box: { width: number; height: number };
  /** What a post without JavaScript led to (from the query string). */
  initialState?: FormAnswer;
}) {
  const t = useTranslations('manageCampaigns.image');
  const router = useRouter();

  async function sendImage(_previous: unknown, formData: FormData): Promise<FormState> {
    const file = formData.get('image');
    const chosen = file instanceof File && file.size > 0;
    if (!chosen && !image) {
      return { ok: false, status: 400, message: 'invalidInput', fieldErrors: { image: ['fileMissing'] } };
    }
    if (chosen && file.size > maxMegabytes * 1024 * 1024) {
      return { ok: false, status: 413, message: 'invalidInput', fieldErrors: { image: ['fileTooLarge'] } };
    }
    const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/json' }, body: formData });
    const answer = (await response.json().catch(() => ({}))) as ImageAnswer;
    if (response.ok && answer.ok) {
      const input = document.getElementById(fileFieldId);
      if (input instanceof HTMLInputElement) input.value = '';
      // The page again, with the new image's address.
      router.refresh();
      return { ok: true, message: answer.message ?? 'imageChanged' };
    }
    if (response.status === 413) {
      return { ok: false, status: 413, message: 'invalidInput', fieldErrors: { image: ['fileTooLarge'] } };
    }
    return { ok: false, status: 400, message: answer.error ?? 'unexpected', fieldErrors: answer.fieldErrors };
  }

  const { formProps, field, summary, pending, state, messages } = useActionForm({
    action: sendImage,
    schema: campaignImageAltSchema,
    defaultValues: { imageAlt: image?.alt ?? '' },
    namespace: 'manageCampaigns',
    id: formId,
    endpoint,
    initialState,
  });
  // The file is no field of the schema (the browser checks it above): its error is the answer's.
  const fileError = state && !state.ok ? messages.field(state.fieldErrors?.image?.[0]) : null;
  const fileHintId = `${fileFieldId}-hint`;
  const fileErrorId = `${fileFieldId}-error`;

  return (
    <div className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-slate-50 p-5">
      {image ? (
        <figure className="flex max-w-xl flex-col gap-2">
          {/* The portal's own route serves it (checked and versioned): a plain <img>, no optimiser. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={image.url}
            alt={image.alt}
            width={box.width}
            height={box.height}
            className="aspect-video h-auto w-full rounded-md border border-slate-200 bg-white object-contain"
          />
          <figcaption className="text-sm text-slate-700">{t('current')}</figcaption>
        </figure>
      ) : (
        <p className="text-slate-700">{t('none')}</p>
      )}

      <form {...formProps} encType="multipart/form-data" aria-label={t('formLabel')} className="flex flex-col gap-4">
        {summary}
        {/* Before the file: the server reads the description first. */}
        <TextField
          label={t('alt')}
          hint={t('altHint', { max: imageAltMaxLength })}
          maxLength={imageAltMaxLength}
          {...field('imageAlt')}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor={fileFieldId} className="text-sm font-semibold text-slate-800">
            {t('file')}
          </label>
          <FieldHint id={fileHintId}>
            {t(image ? 'fileHintReplace' : 'fileHint', { max: maxMegabytes, width: box.width, height: box.height })}
          </FieldHint>
          <input
            id={fileFieldId}
            name="image"
            type="file"
            required={!image}
            accept={accept}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[fileHintId, fileError ? fileErrorId : null].filter(Boolean).join(' ')}
            className="min-h-11 text-slate-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:font-medium"
          />
          <FieldError id={fileErrorId} message={fileError} />
        </div>
        <SubmitButton
          pending={pending}
          label={image ? t('save') : t('upload')}
          pendingLabel={t('sending')}
          variant="secondary"
        />
      </form>
    </div>
  );
}
