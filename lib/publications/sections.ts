// The sections of a toolkit (a publication of kind TOOLKIT): added last, edited, moved one place up
// or down, removed with their files. Whoever may edit the toolkit's content may change its sections
// (the policy's `publication:edit`); every change is audited in its own transaction. Changes to one
// toolkit's sections are serialised on its row (FOR UPDATE), so two editors moving sections at once
// never leave two sections in one place.
import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record';
import type { MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { invalid, missing, refused, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { fileStore, type FileStore } from '@/lib/storage';
import { attachmentItemOf, attachmentItemSelect, editablePublication, type AttachmentItem } from './attachments';
import { addSectionSchema, sectionStepSchema, updateSectionSchema } from './schemas';

/** A section as the toolkit's readers and editors see it: heading, Markdown body, files in order. */
export interface ToolkitSectionItem {
  id: string;
  position: number;
  heading: string;
  body: string;
  files: AttachmentItem[];
}

export const toolkitSectionSelect = {
  orderBy: { position: 'asc' },
  select: {
    id: true,
    position: true,
    heading: true,
    body: true,
    attachments: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: attachmentItemSelect },
  },
} satisfies Prisma.Publication$sectionsArgs;

export function toolkitSectionOf(
  row: Prisma.ToolkitSectionGetPayload<{ select: (typeof toolkitSectionSelect)['select'] }>,
): ToolkitSectionItem {
  const { attachments, ...section } = row;
  return { ...section, files: attachments.map(attachmentItemOf) };
}

/** What a change to the sections answers: the toolkit's state (is it in the library?) and the section. */
export type SectionChange = Result<{ status: PublicationStatus; sectionId: string | null }>;

/** The toolkit, if the viewer may edit it and it is a toolkit; its row locked for the transaction. */
async function editableToolkit(viewer: MaybeViewer, publicationId: string) {
  const target = await editablePublication(viewer, publicationId);
  if (!target.ok) return target;
  if (target.data.kind !== 'TOOLKIT') return refused(409, 'notAToolkit');
  return target;
}

async function lockToolkit(tx: Prisma.TransactionClient, publicationId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Publication" WHERE id = ${publicationId} FOR UPDATE`;
}

/**
 * Gives the sections `ids` the positions 0, 1, 2… in that order. Positions are unique per toolkit and
 * PostgreSQL checks that row by row, so they first move out of the way (below zero, all distinct).
 */
async function renumber(tx: Prisma.TransactionClient, publicationId: string, ids: string[]): Promise<void> {
  await tx.$executeRaw`UPDATE "ToolkitSection" SET position = -position - 1 WHERE "publicationId" = ${publicationId}`;
  for (const [position, id] of ids.entries()) {
    await tx.toolkitSection.update({ where: { id }, data: { position } });
  }
}

/** A new section, last in the toolkit. */
export async function addSection(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<SectionChange> {
  const parsed = addSectionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { publicationId, heading, body } = parsed.data;
  const target = await editableToolkit(viewer, publicationId);
  if (!target.ok) return target;
  const section = await db.$transaction(async (tx) => {
    await lockToolkit(tx, publicationId);
    const last = await tx.toolkitSection.aggregate({ where: { publicationId }, _max: { position: true } });
    const created = await tx.toolkitSection.create({
      data: { publicationId, position: (last._max.position ?? -1) + 1, heading, body },
      select: { id: true, position: true },
    });
    await recordAuditEvent(tx, {
      actorId: target.data.actorId,
      action: 'publication.sectionAdded',
      subjectType: 'Publication',
      subjectId: publicationId,
      after: { sectionId: created.id, heading, position: created.position },
      ip: meta.ip,
    });
    return created;
  });
  return { ok: true, message: 'sectionAdded', data: { status: target.data.status, sectionId: section.id } };
}

/** A section's heading and body, as edited. */
export async function updateSection(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<SectionChange> {
  const parsed = updateSectionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { publicationId, sectionId, heading, body } = parsed.data;
  const target = await editableToolkit(viewer, publicationId);
  if (!target.ok) return target;
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.toolkitSection.findFirst({
      where: { id: sectionId, publicationId },
      select: { heading: true, body: true },
    });
    if (!before) return false;
    if (before.heading === heading && before.body === body) return true;
    await tx.toolkitSection.update({ where: { id: sectionId }, data: { heading, body } });
    await recordAuditEvent(tx, {
      actorId: target.data.actorId,
      action: 'publication.sectionChanged',
      subjectType: 'Publication',
      subjectId: publicationId,
      // The heading says which section; the body's text would only repeat the publication in the log.
      before: { sectionId, heading: before.heading, bodyLength: before.body.length },
      after: { heading, bodyLength: body.length },
      ip: meta.ip,
    });
    return true;
  });
  if (!changed) return missing();
  return { ok: true, message: 'sectionSaved', data: { status: target.data.status, sectionId } };
}

/** Moves a section one place up or down, or removes it with its files (their bytes go after the commit). */
export async function changeSection(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  store: FileStore = fileStore(),
): Promise<SectionChange> {
  const parsed = sectionStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { publicationId, sectionId, step } = parsed.data;
  const target = await editableToolkit(viewer, publicationId);
  if (!target.ok) return target;
  const outcome = await db.$transaction(async (tx) => {
    await lockToolkit(tx, publicationId);
    const sections = await tx.toolkitSection.findMany({
      where: { publicationId },
      orderBy: { position: 'asc' },
      select: { id: true, heading: true, attachments: { select: { storageKey: true } } },
    });
    const index = sections.findIndex((section) => section.id === sectionId);
    if (index === -1) return null;
    const section = sections[index]!;
    const order = sections.map((each) => each.id);
    if (step === 'remove') {
      await tx.toolkitSection.delete({ where: { id: sectionId } });
      order.splice(index, 1);
    } else {
      const other = step === 'up' ? index - 1 : index + 1;
      // Already first (or last): nothing moves, and nothing is written.
      if (other < 0 || other >= order.length) return { storageKeys: [] };
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    await renumber(tx, publicationId, order);
    await recordAuditEvent(tx, {
      actorId: target.data.actorId,
      action: step === 'remove' ? 'publication.sectionRemoved' : 'publication.sectionMoved',
      subjectType: 'Publication',
      subjectId: publicationId,
      before: { sectionId, heading: section.heading, position: index },
      after:
        step === 'remove'
          ? { filesRemoved: section.attachments.length }
          : { position: step === 'up' ? index - 1 : index + 1 },
      ip: meta.ip,
    });
    return { storageKeys: step === 'remove' ? section.attachments.map((file) => file.storageKey) : [] };
  });
  if (!outcome) return missing();
  // The rows are gone for good: a failure here leaves an orphan in the store, never a broken link.
  await Promise.all(outcome.storageKeys.map((key) => store.delete(key).catch(() => undefined)));
  return {
    ok: true,
    message: step === 'remove' ? 'sectionRemoved' : 'sectionMoved',
    data: { status: target.data.status, sectionId: step === 'remove' ? null : sectionId },
  };
}
