'use client';

// The "Image" part of a campaign's staff page: the current image, and one form that sends what it
// shows and the file together (the description first, so the server checks it before it keeps a
// byte of the file) to a route handler that streams the file (app/api/campaigns/[id]/image), with
// or without JavaScript (components/ui/picture-upload.tsx). Sent without a file, it changes the
// description of the image alone.
// Removing the image is a button beside it (a server action, page.tsx).
import { useTranslations } from 'next-intl';
import { CampaignImage } from '@/components/campaigns/campaign-image';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { PictureFileInput, useSendPicture } from '@/components/ui/picture-upload';
import { TextField } from '@/components/ui/text-field';
import { campaignImageAltSchema, imageAltMaxLength } from '@/lib/campaigns/schemas';
import type { FormAnswer } from '@/lib/forms/action';

const formId = 'campaign-image';
const fileFieldId = `${formId}-image`;

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
  // Sent without a file, the form changes what the current image shows.
  const sendImage = useSendPicture({
    endpoint,
    field: 'image',
    inputId: fileFieldId,
    maxMegabytes,
    fileOptional: image !== null,
    changedMessage: 'imageChanged',
  });

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
  return (
    <div className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-slate-50 p-5">
      {image ? (
        <figure className="flex max-w-xl flex-col gap-2">
          <CampaignImage image={image} className="rounded-md border border-slate-200 bg-white" />
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
        <PictureFileInput
          id={fileFieldId}
          name="image"
          label={t('file')}
          hint={t(image ? 'fileHintReplace' : 'fileHint', { max: maxMegabytes, width: box.width, height: box.height })}
          error={fileError}
          required={!image}
          accept={accept}
        />
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
