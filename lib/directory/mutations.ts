// Editing an organisation's public profile (/account/organization): its own members edit it,
// coordinators of its regions and admins edit any (the 'organization:update' rule). Reads and the
// write take the viewer first and return Results, so they are tested without a request.
import 'server-only';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, invalid, missing, type Result } from '@/lib/forms/result';
import { listOrganizationThemes } from './queries';
import { isProfileField, organizationProfileSchema, profileFields, type ProfileField } from './schemas';

/** What the profile form starts from. */
export interface EditableOrganization {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  themes: string[];
  countryCodes: string[];
  membersOnlyFields: ProfileField[];
}

/** The choices the form offers: every country, by region, and the themes already in use. */
export interface ProfileFormOptions {
  regions: { slug: string; name: string; countries: { code: string; name: string }[] }[];
  themes: string[];
}

const editableSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  website: true,
  contactEmail: true,
  themes: true,
  membersOnlyFields: true,
  countries: { orderBy: { code: 'asc' }, select: { code: true } },
  regions: { select: { id: true } },
} as const;

/**
 * The organisation a viewer may edit: the one named by `slug`, or else their own. 401 for a visitor,
 * 403 without the right, 404 for an unknown slug, and 404 'noOrganization' when no slug is given and
 * the viewer belongs to no organisation.
 */
export async function getOrganizationForEditing(
  viewer: MaybeViewer,
  slug?: string | null,
): Promise<Result<EditableOrganization>> {
  if (!viewer) return denied(viewer);
  if (!slug && !viewer.organizationId) return { ok: false, status: 404, message: 'noOrganization' };
  const organization = await db.organization.findUnique({
    where: slug ? { slug } : { id: viewer.organizationId! },
    select: editableSelect,
  });
  if (!organization) return missing();
  if (
    !can(viewer, 'organization:update', {
      id: organization.id,
      regionIds: organization.regions.map((region) => region.id),
    })
  ) {
    return denied(viewer);
  }
  return {
    ok: true,
    data: {
      id: organization.id,
      slug: organization.slug,
      name: organization.name,
      description: organization.description,
      website: organization.website,
      contactEmail: organization.contactEmail,
      themes: organization.themes,
      countryCodes: organization.countries.map((country) => country.code),
      membersOnlyFields: organization.membersOnlyFields.filter(isProfileField),
    },
  };
}

/** Every country grouped by region, and the themes organisations already use (plus `extraThemes`). */
export async function getProfileFormOptions(
  viewer: MaybeViewer,
  extraThemes: string[] = [],
): Promise<ProfileFormOptions> {
  const [regions, themes] = await Promise.all([
    db.region.findMany({
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: { slug: true, name: true, countries: { orderBy: { name: 'asc' }, select: { code: true, name: true } } },
    }),
    listOrganizationThemes(viewer),
  ]);
  return { regions, themes: [...new Set([...themes, ...extraThemes])].sort((a, b) => a.localeCompare(b)) };
}

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
