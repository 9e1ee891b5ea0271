// A campaign's image, shown on its page below the call to action and drawn into the picture its
// shared links show (og.png): set, described and removed by the staff who may change the campaign
// ('campaign:edit', as management.ts `editableCampaign` decides: an archived campaign is read only).
// A picture as an organisation's logo is (lib/storage/pictures.ts): PNG, JPEG or WebP by content,
// never SVG, at most CAMPAIGN_IMAGE_MAX_MB, re-encoded as one still picture scaled down to fit
// 1600×900. What it shows (`imageAlt`) is sent with the file in the same multipart form, before it,
// so a form without JavaScript sets both at once; sent without a file it changes the description
// alone. Served to whoever may read the campaign ('campaign:read': visitors once it is launched).
import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { slugPattern } from '@/lib/forms/fields';
import { fieldRefusal, invalid, missing, type Result } from '@/lib/forms/result';
import type { CampaignStatus, Prisma } from '@/lib/generated/prisma/client';
import { fileStore, type FileStore } from '@/lib/storage';
import {
  acceptedPictureExtensions,
  changePicture,
  openPicture,
  receivePicture,
  type PictureDownload,
  type PictureKind,
} from '@/lib/storage/pictures';
import { editableCampaign } from './management';
import { campaignImageAltSchema, campaignImageBox, campaignImageRemovalSchema } from './schemas';

export { campaignImageBox };

/** The form field the file is sent in, and the one its description is. */
export const campaignImageField = 'image';
export const campaignImageAltField = 'imageAlt';

/** The image form's `accept` list: a hint to the file picker; the server decides by content. */
export const acceptedCampaignImageExtensions = acceptedPictureExtensions;

/** The largest campaign image accepted, in bytes (CAMPAIGN_IMAGE_MAX_MB). */
export const campaignImageMaxBytes = () => env.CAMPAIGN_IMAGE_MAX_MB * 1024 * 1024;

/** What is kept of a campaign's image; at most 50 megapixels (a large phone's photograph) are decoded. */
const campaignImageKind = (): PictureKind => ({
  field: campaignImageField,
  box: campaignImageBox,
  maxInputPixels: 50_000_000,
  maxBytes: campaignImageMaxBytes(),
});

/**
 * Where a campaign's image is served, versioned by when it changed (a new image has a new address,
 * and each version can be cached for good), or null when it has none.
 */
export function campaignImageUrlOf(campaign: { slug: string; imageUpdatedAt: Date | null }): string | null {
  if (!campaign.imageUpdatedAt) return null;
  return `/campaigns/${encodeURIComponent(campaign.slug)}/image?v=${campaign.imageUpdatedAt.getTime()}`;
}

/** What a query selects to show a campaign's image (`campaignImageOf`). */
export const campaignImageSelect = { slug: true, imageUpdatedAt: true, imageAlt: true } as const;

/** A campaign's image as a page shows it: its address and what it shows. */
export interface CampaignImage {
  url: string;
  alt: string;
}

export function campaignImageOf(campaign: { slug: string; imageUpdatedAt: Date | null; imageAlt: string }) {
  const url = campaignImageUrlOf(campaign);
  return url ? { url, alt: campaign.imageAlt } : null;
}

/** The campaign's image as it is now, its row locked until the transaction ends. */
async function lockedImage(tx: Prisma.TransactionClient, campaignId: string) {
  const rows = await tx.$queryRaw<
    {
      imageStorageKey: string | null;
      imageContentType: string | null;
      imageAlt: string;
      imageUpdatedAt: Date | null;
      slug: string;
      status: CampaignStatus;
    }[]
  >`SELECT "imageStorageKey", "imageContentType", "imageAlt", "imageUpdatedAt", "slug", "status"
    FROM "Campaign" WHERE "id" = ${campaignId} FOR UPDATE`;
  return rows[0] ?? null;
}

type ImageChange = { slug: string; status: CampaignStatus; imageUrl: string | null };

/** What the change of an image did: its result's message and data, or that there was no image to describe. */
type ImageOutcome = (ImageChange & { message: string }) | 'noImage';

/**
 * Sets a campaign's image from a multipart form: its description (`imageAlt`), then the file
 * (`image`). Who may not change the campaign is refused before a byte of the body is read; a
 * description refused (missing, too long) keeps nothing of the file. Sent without a file, the
 * description of the image the campaign has is changed alone. A file refused for its type, size
 * or content, or a write that fails, leaves nothing in the store; the image it replaces is deleted
 * once the new one is committed. Audited as `campaign.imageChanged`.
 */
export async function setCampaignImage(
  viewer: MaybeViewer,
  campaignId: string,
  request: Request,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<Result<ImageChange>> {
  const found = await editableCampaign(viewer, campaignId);
  if (!found.ok) return found;
  const actorId = viewer!.id;
  const kind = campaignImageKind();
  const form = await receivePicture(request, store, kind, (fields) => {
    const parsed = campaignImageAltSchema.safeParse({ imageAlt: fields[campaignImageAltField] });
    return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error);
  });
  if (!form.ok) return form;
  const { picture, fields } = form.data;
  const alt = fields.imageAlt;

  const changed = await changePicture<ImageOutcome>(store, picture, async (tx) => {
    const before = await lockedImage(tx, campaignId);
    if (!before) return null;
    // No file: the description of the image there is, if there is one.
    if (!picture && !before.imageStorageKey) return { replaced: null, value: 'noImage' as const };
    if (!picture && before.imageAlt === alt) {
      const value = { message: 'noChanges', slug: before.slug, status: before.status };
      return { replaced: null, value: { ...value, imageUrl: campaignImageUrlOf(before) } };
    }
    const after = await tx.campaign.update({
      where: { id: campaignId },
      data: picture
        ? {
            imageStorageKey: picture.storageKey,
            imageContentType: picture.contentType,
            imageUpdatedAt: new Date(),
            imageAlt: alt,
          }
        : { imageAlt: alt },
      select: { ...campaignImageSelect, status: true },
    });
    await recordAuditEvent(tx, {
      actorId,
      action: 'campaign.imageChanged',
      subjectType: 'Campaign',
      subjectId: campaignId,
      before: { image: before.imageContentType, alt: before.imageStorageKey ? before.imageAlt : null },
      after: picture
        ? {
            image: picture.contentType,
            alt,
            fileName: picture.fileName,
            size: picture.size,
            sha256: picture.sha256,
          }
        : { image: before.imageContentType, alt },
      ip: meta.ip,
    });
    return {
      replaced: picture ? before.imageStorageKey : null,
      value: {
        message: picture ? 'imageChanged' : 'imageAltChanged',
        slug: after.slug,
        status: after.status,
        imageUrl: campaignImageUrlOf(after),
      },
    };
  });
  if (!changed) return missing();
  if (changed === 'noImage') return fieldRefusal(400, campaignImageField, 'fileMissing');
  const { message, ...data } = changed;
  return { ok: true, message, data };
}

/**
 * Removes a campaign's image (the form names the campaign in `campaignId`) and its description:
 * the row first, then the file. Audited as `campaign.imageRemoved`; a campaign without an image is
 * left as it is.
 */
export async function removeCampaignImage(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<Result<{ slug: string; status: CampaignStatus }>> {
  const parsed = campaignImageRemovalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { campaignId } = parsed.data;
  const found = await editableCampaign(viewer, campaignId);
  if (!found.ok) return found;
  const actorId = viewer!.id;
  const removed = await changePicture(store, null, async (tx) => {
    const before = await lockedImage(tx, campaignId);
    if (!before) return null;
    const value = { slug: before.slug, status: before.status };
    if (!before.imageStorageKey) return { replaced: null, value };
    await tx.campaign.update({
      where: { id: campaignId },
      data: { imageStorageKey: null, imageContentType: null, imageUpdatedAt: null, imageAlt: '' },
    });
    await recordAuditEvent(tx, {
      actorId,
      action: 'campaign.imageRemoved',
      subjectType: 'Campaign',
      subjectId: campaignId,
      before: { image: before.imageContentType, alt: before.imageAlt },
      after: { image: null },
      ip: meta.ip,
    });
    return { replaced: before.imageStorageKey, value };
  });
  if (!removed) return missing();
  return { ok: true, message: 'imageRemoved', data: removed };
}

/**
 * The image of the campaign at `slug`, for a viewer who may read the campaign ('campaign:read':
 * anyone once it is launched, a draft or an archived one staff only); 404 otherwise, or when it
 * has none: nobody learns of a campaign they may not see.
 */
export async function openCampaignImage(
  viewer: MaybeViewer,
  slug: string,
  store: FileStore = fileStore(),
): Promise<Result<PictureDownload>> {
  if (slug.length > 200 || !slugPattern.test(slug)) return missing();
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: { status: true, imageStorageKey: true, imageContentType: true, imageUpdatedAt: true },
  });
  if (!campaign || !can(viewer, 'campaign:read', { status: campaign.status })) return missing();
  return openPicture(
    store,
    {
      storageKey: campaign.imageStorageKey,
      contentType: campaign.imageContentType,
      updatedAt: campaign.imageUpdatedAt,
    },
    can(null, 'campaign:read', { status: campaign.status }),
  );
}
