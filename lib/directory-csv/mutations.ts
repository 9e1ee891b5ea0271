// The import's second step (/manage/directory): apply exactly the plan the dry run showed, in one
// transaction with an audit event per organisation. The plan is built again inside the transaction,
// with the organisations it names locked, and applied only if its fingerprint is the one shown: a
// file changed, or an organisation changed by someone else since, is refused (409) and must be
// checked again. A file with any refused row writes nothing. Members are never created or changed
// (docs/decisions/028-directory-csv.md).
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { isUniqueViolation } from '@/lib/database/errors';
import { db } from '@/lib/db';
import { kindOf, profileFieldNames, visibilityColumn } from '@/lib/directory/profile-fields';
import { denied, invalid, refused, type Refusal, type Result } from '@/lib/forms/result';
import { Prisma } from '@/lib/generated/prisma/client';
import { planDirectoryRows, readDirectoryFile, type PlanWithRows } from './plan';
import { directoryImportSchema, type DirectoryRow } from './schemas';

export interface DirectoryImportOutcome {
  created: number;
  changed: number;
}

/**
 * The columns of a row as Prisma writes them: texts and choices as they are, tags by slug or code
 * (`connect` for a new organisation, `set` for a stored one).
 */
function organizationData(row: DirectoryRow, tags: 'connect' | 'set') {
  const data: Record<string, unknown> = {
    name: row.name,
    type: row.type,
    category: row.category,
    status: row.status,
    joinedAt: row.joinedAt,
  };
  for (const field of profileFieldNames) {
    const kind = kindOf(field);
    const value = row[field];
    if (kind === 'themes' && Array.isArray(value)) data[field] = { [tags]: value.map((slug) => ({ slug })) };
    else if (kind === 'countries' && Array.isArray(value)) data[field] = { [tags]: value.map((code) => ({ code })) };
    else data[field] = value;
    data[visibilityColumn(field)] = row[visibilityColumn(field)];
  }
  return data;
}

/** A plan no longer the one shown: the file, or the directory, changed since the dry run. */
const planChanged = (): Refusal => refused(409, 'planChanged');

async function applyPlan(
  tx: Prisma.TransactionClient,
  { plan, rows, stored, countryRegions }: PlanWithRows,
  viewerId: string,
  meta: RequestMeta,
): Promise<DirectoryImportOutcome> {
  const regionsOf = (codes: string[]) => new Set(codes.flatMap((code) => countryRegions.get(code) ?? []));
  for (const create of plan.creates) {
    const row = rows.get(create.line);
    if (!row) throw new Error(`No row read on line ${create.line}`);
    const organization = await tx.organization.create({
      data: {
        // Keys and values are the row's declared columns (organizationData).
        ...(organizationData(row, 'connect') as Omit<Prisma.OrganizationCreateInput, 'slug'>),
        slug: row.slug,
        regions: { connect: [...regionsOf(row.countries)].map((id) => ({ id })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewerId,
      action: 'organization.imported',
      subjectType: 'Organization',
      subjectId: organization.id,
      after: create.cells,
      ip: meta.ip,
    });
  }
  for (const change of plan.changes) {
    const row = rows.get(change.line);
    const current = stored.get(change.slug);
    if (!row || !current) throw new Error(`No row read on line ${change.line}`);
    // Its regions follow its countries, as on the profile form: the regions of the new countries,
    // plus any region it was placed in directly (one none of its old countries lies in).
    const regionsOfOldCountries = new Set(current.countries.map((country) => country.regionId));
    const regionIds = new Set([
      ...current.regions.map((region) => region.id).filter((id) => !regionsOfOldCountries.has(id)),
      ...regionsOf(row.countries),
    ]);
    await tx.organization.update({
      where: { id: current.id },
      data: { ...organizationData(row, 'set'), regions: { set: [...regionIds].map((id) => ({ id })) } },
    });
    const before = Object.fromEntries(change.changes.map(({ column, before }) => [column, before]));
    const after = Object.fromEntries(change.changes.map(({ column, after }) => [column, after]));
    await recordAuditEvent(tx, {
      actorId: viewerId,
      action: 'organization.update',
      subjectType: 'Organization',
      subjectId: current.id,
      ...changedFields(before, after),
      ip: meta.ip,
    });
  }
  return { created: plan.creates.length, changed: plan.changes.length };
}

/** Applies a checked file: the plan whose fingerprint the dry run showed, or nothing. Admins only. */
export async function applyDirectoryImport(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<DirectoryImportOutcome>> {
  if (!viewer || !can(viewer, 'directory:import', {})) return denied(viewer);
  const parsed = directoryImportSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (parsed.data.intent !== 'apply') return refused(400, 'invalidInput');
  const { content, planHash } = parsed.data;
  const read = readDirectoryFile(Buffer.from(content, 'base64'));
  if (!read.ok) return refused(400, read.message, read.params);
  const slugs = [...new Set(read.rows.map((row) => (row.cells.slug ?? '').trim().toLowerCase()))];

  try {
    return await db.$transaction(
      async (tx) => {
        // Nobody changes these organisations between the plan and its writes.
        if (slugs.length > 0) {
          await tx.$executeRaw`SELECT 1 FROM "Organization" WHERE slug IN (${Prisma.join(slugs)}) FOR UPDATE`;
        }
        const planned = await planDirectoryRows(tx, read.rows);
        if (planned.plan.hash !== planHash) return planChanged();
        if (planned.plan.refusals.length > 0) return refused(400, 'fileHasRefusals');
        if (planned.plan.creates.length === 0 && planned.plan.changes.length === 0) {
          return { ok: true, message: 'nothingToApply', data: { created: 0, changed: 0 } };
        }
        const outcome = await applyPlan(tx, planned, viewer.id, meta);
        return { ok: true, message: 'applied', params: { ...outcome }, data: outcome };
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Someone created an organisation with one of the new slugs after the plan was read.
    if (isUniqueViolation(error)) return planChanged();
    throw error;
  }
}
