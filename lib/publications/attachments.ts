// A publication's files: added by whoever may edit it (a streamed upload, checked by content and
// size in lib/storage/uploads.ts), put in order, removed; and handed to readers only after the policy
// says they may read the publication (or edit it: a draft's files are checked before it is
// published). Each download of a members-only file is logged. Every change is audited.
import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import { can, readableOnceSignedIn, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isRecordId } from '@/lib/forms/fields';
import { denied, fieldRefusal, invalid, missing, refused, type Result } from '@/lib/forms/result';
import type { PublicationKind, PublicationStatus, Visibility } from '@/lib/generated/prisma/enums';
import { fileStore, type FileStore, type StoredFile } from '@/lib/storage';
import { readFileForm } from '@/lib/storage/multipart';
import { storeUpload, type UploadOutcome } from '@/lib/storage/uploads';
import { attachmentStepSchema, attachmentTitleSchema } from './schemas';
import { factsOf, publicationFactsSelect } from './workflow';

/** The largest file accepted, in bytes (UPLOAD_MAX_MB). */
export const uploadMaxBytes = () => env.UPLOAD_MAX_MB * 1024 * 1024;

/** A file as the lists of a publication's files show it. */
export interface AttachmentItem {
  id: string;
  /** The title given, or the file's name. */
  title: string;
  fileName: string;
  contentType: string;
  size: number;
}

export const attachmentItemSelect = {
  id: true,
  title: true,
  fileName: true,
  contentType: true,
  size: true,
} as const;

/** The title readers see: the one given, else the file's name. */
export function attachmentItemOf(row: AttachmentItem): AttachmentItem {
  return { ...row, title: row.title || row.fileName };
}

/**
 * The publication whose files or toolkit sections are changed, if the viewer may edit it; the
 * refusal otherwise (409 when only its state is in the way).
 */
export async function editablePublication(
  viewer: MaybeViewer,
  publicationId: string,
): Promise<Result<{ status: PublicationStatus; kind: PublicationKind; actorId: string }>> {
  if (!viewer) return denied(viewer);
  if (!isRecordId(publicationId)) return missing();
  const current = await db.publication.findUnique({
    where: { id: publicationId },
    select: { ...publicationFactsSelect, kind: true },
  });
  if (!current) return missing();
  const facts = factsOf(current);
  if (can(viewer, 'publication:edit', facts)) {
    return { ok: true, data: { status: current.status, kind: current.kind, actorId: viewer.id } };
  }
  // The state, not the person, is the obstacle when the same piece could be edited as a draft.
  return can(viewer, 'publication:edit', { ...facts, status: 'DRAFT' })
    ? refused(409, 'notInThisState')
    : denied(viewer);
}

const uploadRefusalStatus = { fileMissing: 400, fileType: 400, fileUnreadable: 400, fileTooLarge: 413 } as const;

/** The toolkit section a file is added to: `?section=<id>` on the form's address (see addAttachment). */
export function sectionOfUpload(request: Request): string | null {
  return new URL(request.url).searchParams.get('section') || null;
}

/**
 * Adds the file of a multipart form (fields: `title`, then `file`) to a publication, or to one of
 * its toolkit sections when the address names one (`?section=<id>`, so the page it leads back to
 * knows it even when the body is refused), last in its order. Who may not edit the publication, or
 * names a section that is not its, is refused before a byte of the file is read. A file refused for
 * its type or size, or a write that fails, leaves nothing in the store.
 */
export async function addAttachment(
  viewer: MaybeViewer,
  publicationId: string,
  request: Request,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<Result<{ attachment: AttachmentItem; status: PublicationStatus; sectionId: string | null }>> {
  const target = await editablePublication(viewer, publicationId);
  if (!target.ok) return target;
  const sectionId = sectionOfUpload(request);
  if (sectionId) {
    const section = isRecordId(sectionId)
      ? await db.toolkitSection.findFirst({ where: { id: sectionId, publicationId }, select: { id: true } })
      : null;
    if (!section) return missing();
  }
  const maxBytes = uploadMaxBytes();
  const form = await readFileForm<UploadOutcome>(request, {
    fileField: 'file',
    maxFileBytes: maxBytes,
    onFile: (file) => storeUpload(store, file.stream, file.name, { maxBytes }),
    // A body cut off after its file keeps nothing.
    discard: async (upload) => (upload.ok ? store.delete(upload.data.storageKey) : undefined),
  });
  if (!form.ok) return fieldRefusal(400, 'file', 'fileMissing');
  const upload = form.file;
  if (!upload) return fieldRefusal(400, 'file', 'fileMissing');
  if (!upload.ok) return fieldRefusal(uploadRefusalStatus[upload.reason], 'file', upload.reason);
  const stored = upload.data;
  const title = attachmentTitleSchema.safeParse(form.fields.title ?? '');
  if (!title.success) {
    await store.delete(stored.storageKey);
    return invalid(title.error);
  }
  try {
    const row = await db.$transaction(async (tx) => {
      // The section may have been removed while the file was on its way: then the file goes too.
      const section = sectionId
        ? await tx.toolkitSection.findFirst({ where: { id: sectionId, publicationId }, select: { id: true } })
        : null;
      if (sectionId && !section) return null;
      const owner = section ? { toolkitSectionId: section.id } : { publicationId };
      const last = await tx.attachment.aggregate({ where: owner, _max: { position: true } });
      const created = await tx.attachment.create({
        data: {
          ...owner,
          position: (last._max.position ?? -1) + 1,
          title: title.data ?? '',
          fileName: stored.fileName,
          contentType: stored.contentType,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.storageKey,
          uploadedById: target.data.actorId,
        },
        select: attachmentItemSelect,
      });
      await recordAuditEvent(tx, {
        actorId: target.data.actorId,
        action: 'publication.fileAdded',
        subjectType: 'Publication',
        subjectId: publicationId,
        after: {
          attachmentId: created.id,
          ...(section ? { sectionId: section.id } : {}),
          fileName: stored.fileName,
          contentType: stored.contentType,
          size: stored.size,
        },
        ip: meta.ip,
      });
      return created;
    });
    if (!row) {
      await store.delete(stored.storageKey);
      return missing();
    }
    return {
      ok: true,
      message: 'fileAdded',
      data: { attachment: attachmentItemOf(row), status: target.data.status, sectionId },
    };
  } catch (error) {
    await store.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
}

/**
 * Removes a file of a publication (or of one of its toolkit sections), or moves it one place up or
 * down among the files beside it; audited.
 */
export async function changeAttachment(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<Result<{ status: PublicationStatus; sectionId: string | null }>> {
  const parsed = attachmentStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { publicationId, attachmentId, step } = parsed.data;
  const target = await editablePublication(viewer, publicationId);
  if (!target.ok) return target;
  const { actorId } = target.data;
  const outcome = await db.$transaction(async (tx) => {
    const owned = await tx.attachment.findUnique({
      where: { id: attachmentId },
      select: { publicationId: true, toolkitSectionId: true, toolkitSection: { select: { publicationId: true } } },
    });
    if ((owned?.publicationId ?? owned?.toolkitSection?.publicationId) !== publicationId) return null;
    const sectionId = owned?.toolkitSectionId ?? null;
    const files = await tx.attachment.findMany({
      where: sectionId ? { toolkitSectionId: sectionId } : { publicationId },
      orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, fileName: true, storageKey: true },
    });
    const index = files.findIndex((file) => file.id === attachmentId);
    if (index === -1) return null;
    const file = files[index]!;
    if (step === 'remove') {
      await tx.attachment.delete({ where: { id: attachmentId } });
    } else {
      const order = files.map((each) => each.id);
      const other = step === 'up' ? index - 1 : index + 1;
      if (other < 0 || other >= order.length) return { storageKey: null, sectionId };
      [order[index], order[other]] = [order[other]!, order[index]!];
      // Positions are rewritten 0, 1, 2…: gaps and ties from earlier removals disappear.
      for (const [position, id] of order.entries()) {
        await tx.attachment.update({ where: { id }, data: { position } });
      }
    }
    await recordAuditEvent(tx, {
      actorId,
      action: step === 'remove' ? 'publication.fileRemoved' : 'publication.fileMoved',
      subjectType: 'Publication',
      subjectId: publicationId,
      before: { attachmentId, ...(sectionId ? { sectionId } : {}), fileName: file.fileName, position: index },
      after: step === 'remove' ? undefined : { position: step === 'up' ? index - 1 : index + 1 },
      ip: meta.ip,
    });
    return { storageKey: step === 'remove' ? file.storageKey : null, sectionId };
  });
  if (!outcome) return missing();
  // The bytes go once the row is gone for good; a failure here leaves an orphan, never a broken link.
  if (outcome.storageKey) await store.delete(outcome.storageKey).catch(() => undefined);
  return {
    ok: true,
    message: step === 'remove' ? 'fileRemoved' : 'fileMoved',
    data: { status: target.data.status, sectionId: outcome.sectionId },
  };
}

/** A file to send: its bytes, and what the response says about them. */
export interface Download {
  file: StoredFile;
  fileName: string;
  contentType: string;
  visibility: Visibility;
}

/**
 * A file of the publication at `slug`, for a viewer who may read that publication (or edit it);
 * `moved` with today's slug when `slug` is one it had before. 401 for a visitor when signing in
 * could open it, else 404: nobody learns that a file they may not have exists. Downloads of
 * members-only files are logged (who, when).
 */
export async function openAttachment(
  viewer: MaybeViewer,
  slug: string,
  attachmentId: string,
  store: FileStore = fileStore(),
): Promise<Result<{ download: Download } | { moved: string }>> {
  // A slug never holds a control character (PostgreSQL refuses NUL).
  if (!isRecordId(attachmentId) || slug.length > 200 || /\p{Cc}/u.test(slug)) return missing();
  // The file belongs to a publication, or to a section of a toolkit: the same facts either way.
  const owner = {
    select: {
      ...publicationFactsSelect,
      visibility: true,
      embargoUntil: true,
      slugAliases: { where: { slug }, select: { slug: true } },
    },
  } as const;
  const row = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      fileName: true,
      contentType: true,
      storageKey: true,
      publication: owner,
      toolkitSection: { select: { publication: owner } },
    },
  });
  const publication = row?.publication ?? row?.toolkitSection?.publication;
  if (!row || !publication) return missing();
  if (publication.slug !== slug && publication.slugAliases.length === 0) return missing();
  const subject = {
    status: publication.status,
    visibility: publication.visibility,
    embargoUntil: publication.embargoUntil,
  };
  const readable = can(viewer, 'publication:read', subject) || can(viewer, 'publication:edit', factsOf(publication));
  if (!readable) return readableOnceSignedIn(viewer, subject) ? denied(viewer) : missing();
  if (publication.slug !== slug) return { ok: true, data: { moved: publication.slug } };
  const file = await store.get(row.storageKey);
  if (!file) return missing();
  if (publication.visibility === 'MEMBERS' && viewer) {
    await db.downloadLog.create({ data: { attachmentId, memberId: viewer.id } });
  }
  return {
    ok: true,
    data: {
      download: { file, fileName: row.fileName, contentType: row.contentType, visibility: publication.visibility },
    },
  };
}
