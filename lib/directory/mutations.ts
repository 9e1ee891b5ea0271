// Editing an organisation's public profile (/account/organization): its own members edit it,
// coordinators of its regions and admins edit any (the 'organization:update' rule). The write takes
// the viewer first and returns a Result, so it is tested without a request; what the form starts
// from is read in queries.ts. The fields are those declared in profile-fields.ts.
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { denied, fieldRefusal, invalid, missing, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';
import { unknownThemes } from '@/lib/themes/queries';
import {
  kindOf,
  organizationProfileSchema,
  profileFieldNames,
  profileSelect,
  storedProfileValues,
  visibilityColumn,
  type OrganizationProfileValues,
} from './profile-fields';
import { organizationTrustSchema } from './schemas';

/** The Prisma update of one field's value, by its kind: texts as they are, tags by slug or code. */
function fieldUpdate(values: OrganizationProfileValues): Prisma.OrganizationUpdateInput {
  // Keys and values are those of the declared fields and their kinds (see profileSelect).
  const data: Record<string, unknown> = {};
  for (const field of profileFieldNames) {
    const value = values[field];
    const kind = kindOf(field);
    if (kind === 'themes' && Array.isArray(value)) data[field] = { set: value.map((slug) => ({ slug })) };
    else if (kind === 'countries' && Array.isArray(value)) data[field] = { set: value.map((code) => ({ code })) };
    else data[field] = value;
    data[visibilityColumn(field)] = values[visibilityColumn(field)];
  }
  return data;
}

/** Tags compared as sets in the audit log: a re-ordered list is not a change. */
const comparable = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? [...(value as string[])].sort() : value]),
  );

/**
 * Saves an organisation's profile. Its regions follow its countries: the regions of the chosen
 * countries, plus any region it was placed in directly (one none of its old countries lies in).
 */
export async function updateOrganizationProfile(
  viewer: MaybeViewer,
  organizationId: string,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ slug: string }>> {
  if (!viewer) return denied(viewer);
  const current = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, regions: { select: { id: true } } },
  });
  if (!current) return missing();
  if (!can(viewer, 'organization:update', { id: current.id, regionIds: current.regions.map((region) => region.id) })) {
    return denied(viewer);
  }
  const parsed = organizationProfileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const profile = parsed.data;

  const countries = await db.country.findMany({
    where: { code: { in: profile.countries } },
    select: { code: true, regionId: true },
  });
  if (countries.length !== profile.countries.length) return fieldRefusal(400, 'countries', 'countryUnknown');
  if ((await unknownThemes(profile.themes)).length > 0) return fieldRefusal(400, 'themes', 'themeUnknown');

  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: {
        slug: true,
        ...profileSelect,
        countries: { select: { code: true, name: true, regionId: true } },
        regions: { select: { id: true, slug: true } },
      },
    });
    const regionsOfOldCountries = new Set(before.countries.map((country) => country.regionId));
    const regionIds = new Set([
      ...before.regions.filter((region) => !regionsOfOldCountries.has(region.id)).map((region) => region.id),
      ...countries.map((country) => country.regionId),
    ]);
    const after = await tx.organization.update({
      where: { id: organizationId },
      data: { ...fieldUpdate(profile), regions: { set: [...regionIds].map((id) => ({ id })) } },
      select: { regions: { select: { slug: true } } },
    });

    const changes = changedFields(
      comparable({ ...storedProfileValues(before), regions: before.regions.map((region) => region.slug) }),
      comparable({ ...profile, regions: after.regions.map((region) => region.slug) }),
    );
    if (Object.keys(changes.after).length > 0) {
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'organization.update',
        subjectType: 'Organization',
        subjectId: organizationId,
        ...changes,
        ip: meta.ip,
      });
    }
    return { ok: true, message: 'saved', data: { slug: before.slug } };
  });
}

/**
 * Marks an organisation trusted (its members publish without review) or takes the mark away;
 * admins only, audited. Publications already in review stay there.
 */
export async function setOrganizationTrust(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ trusted: boolean }>> {
  if (!viewer || !can(viewer, 'organization:trust', {})) return denied(viewer);
  const parsed = organizationTrustSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organizationId, trusted } = parsed.data;
  const changed = await db.$transaction(async (tx) => {
    const current = await tx.organization.findUnique({ where: { id: organizationId }, select: { trusted: true } });
    if (!current) return null;
    if (current.trusted === trusted) return false;
    await tx.organization.update({ where: { id: organizationId }, data: { trusted } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: trusted ? 'organization.trusted' : 'organization.untrusted',
      subjectType: 'Organization',
      subjectId: organizationId,
      before: { trusted: current.trusted },
      after: { trusted },
      ip: meta.ip,
    });
    return true;
  });
  if (changed === null) return missing();
  return { ok: true, message: trusted ? 'trusted' : 'untrusted', data: { trusted } };
}
