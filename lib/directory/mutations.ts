// Editing an organisation's public profile (/account/organization): its own members edit it,
// coordinators of its regions and admins edit any (the 'organization:update' rule). The write takes
// the viewer first and returns a Result, so it is tested without a request; what the form starts
// from is read in queries.ts.
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, invalid, missing, type Result } from '@/lib/forms/result';
import { organizationProfileSchema, profileFields } from './schemas';

/**
 * Saves an organisation's profile. Its regions follow its countries: the regions of the chosen
 * countries, plus any region it was placed in directly (one none of its old countries lies in).
 */
export async function updateOrganizationProfile(
  viewer: MaybeViewer,
  organizationId: string,
  input: unknown,
  ip: string | null = null,
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
  if (countries.length !== profile.countries.length) {
    return { ok: false, status: 400, message: 'invalidInput', fieldErrors: { countries: ['countryUnknown'] } };
  }

  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: {
        slug: true,
        description: true,
        website: true,
        contactEmail: true,
        themes: true,
        membersOnlyFields: true,
        countries: { orderBy: { code: 'asc' }, select: { code: true, regionId: true } },
        regions: { select: { id: true, slug: true } },
      },
    });
    // Themes it already had keep their order; new ones follow.
    const themes = [
      ...before.themes.filter((theme) => profile.themes.includes(theme)),
      ...profile.themes.filter((theme) => !before.themes.includes(theme)),
    ];
    const regionsOfOldCountries = new Set(before.countries.map((country) => country.regionId));
    const regionIds = new Set([
      ...before.regions.filter((region) => !regionsOfOldCountries.has(region.id)).map((region) => region.id),
      ...countries.map((country) => country.regionId),
    ]);
    const after = await tx.organization.update({
      where: { id: organizationId },
      data: {
        description: profile.description,
        website: profile.website,
        contactEmail: profile.contactEmail,
        themes,
        membersOnlyFields: profile.membersOnlyFields,
        countries: { set: profile.countries.map((code) => ({ code })) },
        regions: { set: [...regionIds].map((id) => ({ id })) },
      },
      select: { regions: { orderBy: { slug: 'asc' }, select: { slug: true } } },
    });

    const changes = changedFields(
      {
        description: before.description,
        website: before.website,
        contactEmail: before.contactEmail,
        themes: before.themes,
        countries: before.countries.map((country) => country.code),
        regions: before.regions.map((region) => region.slug).sort(),
        membersOnlyFields: profileFields.filter((field) => before.membersOnlyFields.includes(field)),
      },
      {
        description: profile.description,
        website: profile.website,
        contactEmail: profile.contactEmail,
        themes,
        countries: profile.countries,
        regions: after.regions.map((region) => region.slug),
        membersOnlyFields: profile.membersOnlyFields,
      },
    );
    if (Object.keys(changes.after).length > 0) {
      await recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'organization.update',
        subjectType: 'Organization',
        subjectId: organizationId,
        ...changes,
        ip,
      });
    }
    return { ok: true, message: 'saved', data: { slug: before.slug } };
  });
}
