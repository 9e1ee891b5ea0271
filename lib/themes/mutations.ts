// The themes vocabulary (/manage/themes): staff add themes and reword them (the 'theme:manage' rule).
// A theme's slug is made from its first label and never changes, so links and filters keep working
// when it is reworded. No theme is deleted here: removing one would untag every row that has it.
import 'server-only';
import slugify from '@sindresorhus/slugify';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { denied, fieldRefusal, invalid, missing, type Result } from '@/lib/forms/result';
import { createThemeSchema, renameThemeSchema } from './schemas';

/** Whether another theme already has this label, ignoring case ("Youth" and "youth" are one theme). */
async function labelTaken(label: string, exceptSlug?: string): Promise<boolean> {
  const same = await db.theme.findFirst({
    where: { label: { equals: label, mode: 'insensitive' }, ...(exceptSlug ? { NOT: { slug: exceptSlug } } : {}) },
    select: { id: true },
  });
  return same !== null;
}

/** Adds a theme to the vocabulary. */
export async function createTheme(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string; label: string }>> {
  if (!viewer || !can(viewer, 'theme:manage', {})) return denied(viewer);
  const parsed = createThemeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { label } = parsed.data;
  const slug = slugify(label);
  if (!slug) return fieldRefusal(400, 'label', 'labelInvalid');
  const slugTaken = await db.theme.findUnique({ where: { slug }, select: { id: true } });
  if (slugTaken || (await labelTaken(label))) return fieldRefusal(409, 'label', 'themeExists');
  return db.$transaction(async (tx) => {
    const theme = await tx.theme.create({ data: { slug, label }, select: { id: true, slug: true, label: true } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'theme.create',
      subjectType: 'Theme',
      subjectId: theme.id,
      after: { slug, label },
      ip: meta.ip,
    });
    return { ok: true, message: 'created', data: { slug: theme.slug, label: theme.label } };
  });
}

/** Rewords a theme; its slug stays. */
export async function renameTheme(viewer: MaybeViewer, input: unknown, meta: RequestMeta): Promise<Result> {
  if (!viewer || !can(viewer, 'theme:manage', {})) return denied(viewer);
  const parsed = renameThemeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, label } = parsed.data;
  const theme = await db.theme.findUnique({ where: { slug }, select: { id: true, label: true } });
  if (!theme) return missing();
  if (theme.label === label) return { ok: true, message: 'noChanges' };
  if (await labelTaken(label, slug)) return fieldRefusal(409, 'label', 'themeExists');
  return db.$transaction(async (tx) => {
    await tx.theme.update({ where: { id: theme.id }, data: { label } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'theme.update',
      subjectType: 'Theme',
      subjectId: theme.id,
      ...changedFields({ label: theme.label }, { label }),
      ip: meta.ip,
    });
    return { ok: true, message: 'saved' };
  });
}
