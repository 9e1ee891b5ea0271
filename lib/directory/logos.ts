// An organisation's logo, shown on its directory card and its profile: set and removed by whoever
// may edit the profile ('organization:update'), through the same upload path as a publication's
// files (lib/storage/uploads.ts) but narrower: PNG, JPEG or WebP only (decided by content; never
// SVG, which is a document that can carry scripts), at most LOGO_MAX_MB, and re-encoded as one still
// picture scaled down to fit 400×400, so what is kept is small and carries no metadata. The row
// points at the file; the file it replaced is deleted once the new row is committed. Handed out
// only for an organisation the viewer may see (a lapsed or applied one's logo is 404 for visitors).
import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isRecordId, recordIdSchema } from '@/lib/forms/fields';
import { denied, fieldRefusal, invalid, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrganizationStatus } from '@/lib/generated/prisma/enums';
import { fileStore, type FileStore, type StoredFile } from '@/lib/storage';
import { extensionsByType } from '@/lib/storage/file-kinds';
import { readFileForm } from '@/lib/storage/multipart';
import { storeUpload, type UploadOutcome } from '@/lib/storage/uploads';

/** The types a logo may be, by content. */
export const logoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** The box a logo is scaled down to fit (never enlarged, aspect ratio kept). */
export const logoBox = { width: 400, height: 400 } as const;

/** The most pixels a logo may have before it is scaled down: refuses a small file that decodes huge. */
const logoMaxInputPixels = 40_000_000;

/** The largest logo accepted, in bytes (LOGO_MAX_MB). */
export const logoMaxBytes = () => env.LOGO_MAX_MB * 1024 * 1024;

/** The logo form's `accept` list: a hint to the file picker; the server decides by content. */
export const acceptedLogoExtensions = logoTypes
  .flatMap((type) => extensionsByType[type] ?? [])
  .map((extension) => `.${extension}`)
  .join(',');

/** The form field the file is sent in. */
export const logoField = 'logo';

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

const uploadRefusalStatus = { fileMissing: 400, fileType: 400, fileUnreadable: 400, fileTooLarge: 413 } as const;

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
  const maxBytes = logoMaxBytes();
  const form = await readFileForm<UploadOutcome>(request, {
    fileField: logoField,
    maxFileBytes: maxBytes,
    onFile: (file) =>
      storeUpload(store, file.stream, file.name, {
        maxBytes,
        allowedTypes: logoTypes,
        fitInside: { ...logoBox, maxInputPixels: logoMaxInputPixels },
      }),
    // A body that breaks after its file was stored (a cut-off final boundary) keeps nothing either.
    discard: async (upload) => (upload.ok ? store.delete(upload.data.storageKey) : undefined),
  });
  if (!form.ok || !form.file) return fieldRefusal(400, logoField, 'fileMissing');
  const upload = form.file;
  if (!upload.ok) return fieldRefusal(uploadRefusalStatus[upload.reason], logoField, upload.reason);
  const stored = upload.data;
  try {
    const outcome = await db.$transaction(async (tx) => {
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
      return { replaced: before.logoStorageKey, slug: after.slug, logoUrl: logoUrlOf(after)! };
    });
    if (!outcome) {
      // Gone between the check and the change.
      await store.delete(stored.storageKey).catch(() => undefined);
      return missing();
    }
    // The old bytes go once nothing points at them; a failure here leaves an orphan, never a broken logo.
    if (outcome.replaced) await store.delete(outcome.replaced).catch(() => undefined);
    return { ok: true, message: 'logoChanged', data: { slug: outcome.slug, logoUrl: outcome.logoUrl } };
  } catch (error) {
    await store.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
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
  const outcome = await db.$transaction(async (tx) => {
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
    return { removed: before.logoStorageKey, slug: after.slug };
  });
  if (!outcome) return missing();
  if (outcome.removed) await store.delete(outcome.removed).catch(() => undefined);
  return { ok: true, message: 'logoRemoved', data: { slug: outcome.slug } };
}

/** Whether a visitor sees an organisation in this state. */
const isPubliclyVisible = (status: OrganizationStatus) => can(null, 'organization:read', { status });

/** A logo to send: its bytes, its type, and the version its current address carries. */
export interface LogoDownload {
  file: StoredFile;
  contentType: string;
  /** `v` of the logo's current address (logoUrlOf): a request carrying it may be cached for good. */
  version: string;
  /** Whether a visitor may see it too (an active organisation's): only then may shared caches keep it. */
  public: boolean;
}

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
  const { logoStorageKey, logoContentType, logoUpdatedAt } = organization;
  if (!logoStorageKey || !logoContentType || !logoUpdatedAt) return missing();
  const file = await store.get(logoStorageKey);
  if (!file) return missing();
  return {
    ok: true,
    data: {
      file,
      contentType: logoContentType,
      version: String(logoUpdatedAt.getTime()),
      public: isPubliclyVisible(organization.status),
    },
  };
}
