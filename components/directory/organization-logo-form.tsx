'use client';

// The "Logo" part of an organisation's profile page (/account/organization): the current logo, a
// form to upload one and a button to remove it. The upload form posts to a route handler that
// streams the file (app/api/organizations/[id]/logo), with or without JavaScript
// (components/ui/picture-upload.tsx). Removing is a server action, so it works without JavaScript too.
import { useTranslations } from 'next-intl';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { PictureFileInput, useSendPicture } from '@/components/ui/picture-upload';
import { removeOrganizationLogoAction } from '@/lib/directory/actions';
import type { FormAnswer } from '@/lib/forms/action';

const fileFieldId = 'logo-file';

function RemoveLogoForm({
  organizationId,
  organizationName,
  hasLogo,
}: {
  organizationId: string;
  organizationName: string;
  hasLogo: boolean;
}) {
  const t = useTranslations('organizationProfile');
  const { formProps, summary, pending } = useActionForm({
    action: removeOrganizationLogoAction,
    defaultValues: {},
    namespace: 'organizationProfile',
    id: 'logo-remove',
  });
  // Kept on the page once the logo is gone, so that it can say so (with or without JavaScript).
  return (
    <form {...formProps} aria-label={t('logo.removeLabel', { name: organizationName })} className="flex flex-col gap-3">
      {summary}
      <input type="hidden" name="organizationId" value={organizationId} />
      {hasLogo ? (
        <div>
          <button
            type="submit"
            disabled={pending}
            className="focus-visible:ring-brand-800 min-h-11 rounded-md border border-red-700 px-4 text-sm font-semibold text-red-800 hover:bg-red-50 focus-visible:ring-2 focus-visible:outline-none"
          >
            {pending ? t('logo.removing') : t('logo.remove')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

export function OrganizationLogoForm({
  organizationId,
  organizationName,
  logoUrl,
  endpoint,
  accept,
  maxMegabytes,
  box,
  initialState,
}: {
  organizationId: string;
  organizationName: string;
  /** The current logo's address, or null. */
  logoUrl: string | null;
  /** Where the upload form posts (with `?org=<slug>` when the page was opened so). */
  endpoint: string;
  /** The file picker's hint: the extensions of the types kept. */
  accept: string;
  /** The limit (LOGO_MAX_MB), checked here before sending and again by the server. */
  maxMegabytes: number;
  /** The box a logo is scaled down to fit. */
  box: { width: number; height: number };
  /** What a logo post without JavaScript led to (from the query string). */
  initialState?: FormAnswer;
}) {
  const t = useTranslations('organizationProfile');
  const uploadLogo = useSendPicture({
    endpoint,
    field: 'logo',
    inputId: fileFieldId,
    maxMegabytes,
    changedMessage: 'logoChanged',
  });

  const { formProps, errorOf, summary, pending } = useActionForm({
    action: uploadLogo,
    defaultValues: { logo: '' },
    namespace: 'organizationProfile',
    id: 'logo',
    endpoint,
    initialState,
  });
  const fileError = errorOf('logo');
  return (
    <div className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-slate-50 p-5">
      <div className="flex flex-wrap items-center gap-4">
        {logoUrl ? (
          <figure className="flex flex-col gap-2">
            {/* The portal's own route serves it (checked and versioned): a plain <img>, no optimiser. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img
              src={logoUrl}
              alt={t('logo.alt', { name: organizationName })}
              width={120}
              height={120}
              className="size-30 rounded-md border border-slate-200 bg-white object-contain p-2"
            />
            <figcaption className="text-sm text-slate-700">{t('logo.current')}</figcaption>
          </figure>
        ) : (
          <p className="text-slate-700">{t('logo.none')}</p>
        )}
      </div>

      <form
        {...formProps}
        encType="multipart/form-data"
        aria-label={t('logo.formLabel', { name: organizationName })}
        className="flex flex-col gap-4"
      >
        {summary}
        <PictureFileInput
          id={fileFieldId}
          name="logo"
          label={t('logo.file')}
          hint={t('logo.fileHint', { max: maxMegabytes, width: box.width, height: box.height })}
          error={fileError}
          required
          accept={accept}
        />
        <SubmitButton
          pending={pending}
          label={logoUrl ? t('logo.replace') : t('logo.upload')}
          pendingLabel={t('logo.sending')}
          variant="secondary"
        />
      </form>

      <RemoveLogoForm organizationId={organizationId} organizationName={organizationName} hasLogo={logoUrl !== null} />
    </div>
  );
}
