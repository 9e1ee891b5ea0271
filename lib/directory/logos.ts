// An organisation's logo, shown on its directory card and its profile: set and removed by whoever
// may edit the profile ('organization:update'), as a picture (lib/storage/pictures.ts, shared with a
// campaign's image): PNG, JPEG or WebP only (decided by content; never SVG), at most LOGO_MAX_MB,
// and re-encoded as one still picture scaled down to fit 400×400, so what is kept is small and
// carries no metadata. The row points at the file; the file it replaced is deleted once the new row
// is committed. Handed out only for an organisation the viewer may see (a lapsed or applied one's
// logo is 404 for visitors).
import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isRecordId, recordIdSchema } from '@/lib/forms/fields';
import { denied, invalid, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrganizationStatus } from '@/lib/generated/prisma/enums';
import { fileStore, type FileStore } from '@/lib/storage';
import {
  acceptedPictureExtensions,
  changePicture,
  openPicture,
  pictureMissing,
  pictureTypes,
  receivePicture,
  type PictureDownload,
  type PictureKind,
} from '@/lib/storage/pictures';

/** The types a logo may be, by content. */
export const logoTypes = pictureTypes;

/** The box a logo is scaled down to fit (never enlarged, aspect ratio kept). */
export const logoBox = { width: 400, height: 400 } as const;

/** The largest logo accepted, in bytes (LOGO_MAX_MB). */
export const logoMaxBytes = () => env.LOGO_MAX_MB * 1024 * 1024;

/** The logo form's `accept` list: a hint to the file picker; the server decides by content. */
export const acceptedLogoExtensions = acceptedPictureExtensions;

/** The form field the file is sent in. */
export const logoField = 'logo';

/** What is kept of a logo; at most 40 megapixels are decoded (a small file that decodes huge is refused). */
const logoKind = (): PictureKind => ({
  field: logoField,
  box: logoBox,
  maxInputPixels: 40_000_000,
  maxBytes: logoMaxBytes(),
});

/**
 * Where a logo is served, versioned by when it changed (so the address of a new logo is new, and
 * each version can be cached for good), or null when the organisation has none.
 */
export function logoUrlOf(organization: { slug: string; logoUpdatedAt: Date | null }): string | null {
  if (!organization.logoUpdatedAt) return null;
  return `/directory/${encodeURIComponent(organization.slug)}/logo?v=${organization.logoUpdatedAt.getTime()}`;
}

/** What a query selects to build `logoUrlOf`. */
export const logoUrlSelect = { slug: true, logoUpdatedAt: true } as const;

/** The form that removes a logo: the organisation, named in a hidden field. */
export const organizationLogoRemovalSchema = z.object({ organizationId: recordIdSchema });

/** The organisation, if the viewer may edit its profile; the refusal otherwise. */
async function editableOrganization(viewer: MaybeViewer, organizationId: string): Promise<Result<{ actorId: string }>> {
  if (!viewer) return denied(viewer);
  if (!isRecordId(organizationId)) return missing();
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, regions: { select: { id: true } } },
  });
  if (!organization) return missing();
  const subject = { id: organization.id, regionIds: organization.regions.map((region) => region.id) };
  if (!can(viewer, 'organization:update', subject)) return denied(viewer);
  return { ok: true, data: { actorId: viewer.id } };
}

/** The organisation's logo as it is now, its row locked until the transaction ends. */
async function lockedLogo(tx: Prisma.TransactionClient, organizationId: string) {
  const rows = await tx.$queryRaw<{ logoStorageKey: string | null; logoContentType: string | null }[]>`
    SELECT "logoStorageKey", "logoContentType" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Sets an organisation's logo from a multipart form (one field, `logo`). Who may not edit the
 * profile is refused before a byte of the body is read. A file refused for its type, size or
 * content, or a write that fails, leaves nothing in the store; the logo it replaces is deleted
 * once the new one is committed. Audited as `organization.logoChanged`.
 */
export async function setOrganizationLogo(
  viewer: MaybeViewer,
  organizationId: string,
  request: Request,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<Result<{ slug: string; logoUrl: string }>> {
  const target = await editableOrganization(viewer, organizationId);
  if (!target.ok) return target;
  const kind = logoKind();
  const form = await receivePicture(request, store, kind);
  if (!form.ok) return form;
  const stored = form.data.picture;
  if (!stored) return pictureMissing(kind);
  const changed = await changePicture(store, stored, async (tx) => {
    const before = await lockedLogo(tx, organizationId);
    if (!before) return null;
    const after = await tx.organization.update({
      where: { id: organizationId },
      data: { logoStorageKey: stored.storageKey, logoContentType: stored.contentType, logoUpdatedAt: new Date() },
      select: logoUrlSelect,
    });
    await recordAuditEvent(tx, {
      actorId: target.data.actorId,
      action: 'organization.logoChanged',
      subjectType: 'Organization',
      subjectId: organizationId,
      before: { logo: before.logoContentType },
      after: {
        logo: stored.contentType,
        fileName: stored.fileName,
        size: stored.size,
        sha256: stored.sha256,
      },
      ip: meta.ip,
    });
    return { replaced: before.logoStorageKey, value: { slug: after.slug, logoUrl: logoUrlOf(after)! } };
  });
  if (!changed) return missing();
  return { ok: true, message: 'logoChanged', data: changed };
}

/**
 * Removes an organisation's logo (the form names it in `organizationId`): the row first, then the
 * file. Audited as `organization.logoRemoved`; an organisation without a logo is left as it is.
 */
export async function removeOrganizationLogo(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<Result<{ slug: string }>> {
  if (!viewer) return denied(viewer);
  const parsed = organizationLogoRemovalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId } = parsed.data;
  const target = await editableOrganization(viewer, organizationId);
  if (!target.ok) return target;
  const outcome = await changePicture(store, null, async (tx) => {
    const before = await lockedLogo(tx, organizationId);
    if (!before) return null;
    const after = await tx.organization.update({
      where: { id: organizationId },
      data: { logoStorageKey: null, logoContentType: null, logoUpdatedAt: null },
      select: { slug: true },
    });
    if (before.logoStorageKey) {
      await recordAuditEvent(tx, {
        actorId: target.data.actorId,
        action: 'organization.logoRemoved',
        subjectType: 'Organization',
        subjectId: organizationId,
        before: { logo: before.logoContentType },
        after: { logo: null },
        ip: meta.ip,
      });
    }
    return { replaced: before.logoStorageKey, value: { slug: after.slug } };
  });
  if (!outcome) return missing();
  return { ok: true, message: 'logoRemoved', data: outcome };
}

/** Whether a visitor sees an organisation in this state. */
const isPubliclyVisible = (status: OrganizationStatus) => can(null, 'organization:read', { status });

/**
 * A logo to send: its bytes, its type, the version its current address carries (logoUrlOf), and
 * whether a visitor may see it too (an active organisation's): only then may shared caches keep it.
 */
export type LogoDownload = PictureDownload;

/**
 * The logo of the organisation at `slug`, for a viewer who may see that organisation
 * ('organization:read') or edit its profile (its own members, while it is lapsed, check the logo
 * they set); 404 otherwise, or when it has none: as for its page, nobody learns of an
 * organisation they may not see.
 */
export async function openOrganizationLogo(
  viewer: MaybeViewer,
  slug: string,
  store: FileStore = fileStore(),
): Promise<Result<LogoDownload>> {
  // A slug never holds a control character (PostgreSQL refuses NUL).
  if (slug.length > 200 || /\p{Cc}/u.test(slug)) return missing();
  const organization = await db.organization.findUnique({
    where: { slug },
    select: {
      id: true,
      status: true,
      logoStorageKey: true,
      logoContentType: true,
      logoUpdatedAt: true,
      regions: { select: { id: true } },
    },
  });
  if (!organization) return missing();
  const readable =
    can(viewer, 'organization:read', { status: organization.status }) ||
    can(viewer, 'organization:update', {
      id: organization.id,
      regionIds: organization.regions.map((region) => region.id),
    });
  if (!readable) return missing();
  return openPicture(
    store,
    {
      storageKey: organization.logoStorageKey,
      contentType: organization.logoContentType,
      updatedAt: organization.logoUpdatedAt,
    },
    isPubliclyVisible(organization.status),
  );
}
