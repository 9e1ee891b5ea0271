import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { updateOrganizationProfile } from './mutations';
import { searchPortal } from '@/lib/search/queries';
import { parseSearchFilters } from '@/lib/search/schemas';
import { getOrganization, getOrganizationForEditing, listDirectoryFacets, listOrganizations } from './queries';
import { parseDirectoryFilters } from './schemas';
import {
  kindOf,
  profileFieldNames,
  visibilityColumn,
  type ProfileFieldKind,
  type ProfileFieldName,
} from './profile-fields';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';

/** A save from no particular address, unless one is given. */
const save = (viewer: Viewer | null, organizationId: string, input: unknown, meta: RequestMeta = { ip: null }) =>
  updateOrganizationProfile(viewer, organizationId, input, meta);

/** A valid form: everything public unless `membersOnly` names it. */
function form(values: Record<string, unknown> = {}, membersOnly: ProfileFieldName[] = []) {
  const visibility = Object.fromEntries(
    profileFieldNames.map((field) => [visibilityColumn(field), membersOnly.includes(field) ? 'MEMBERS' : 'PUBLIC']),
  );
  return {
    description: 'We monitor early warning signs.',
    website: 'https://example.org/monitors',
    contactEmail: 'info@example.org',
    themes: ['early-warning'],
    countries: ['KE'],
    ...visibility,
    ...values,
  };
}

/** Everything an edit could change, to compare before and after a refusal. */
const snapshot = (id: string) =>
  db.organization.findUniqueOrThrow({
    where: { id },
    select: {
      description: true,
      website: true,
      contactEmail: true,
      themes: { orderBy: { slug: 'asc' }, select: { slug: true } },
      websiteVisibility: true,
      descriptionVisibility: true,
      updatedAt: true,
      countries: { orderBy: { code: 'asc' }, select: { code: true } },
      regions: { orderBy: { slug: 'asc' }, select: { slug: true } },
    },
  });

const eventsOf = (id: string) =>
  db.auditEvent.findMany({ where: { subjectType: 'Organization', subjectId: id }, orderBy: { createdAt: 'asc' } });

describe('editing an organisation profile', () => {
  let regionIds: Map<string, string>;
  let otherOrganization: { id: string };

  beforeAll(async () => {
    regionIds = await ensureReferenceData(db);
    otherOrganization = await createOrganization(db, { countries: ['FR'] });
  });

  /** A fresh organisation in Kenya (Africa) with one member of its own. */
  async function organizationWithMember() {
    const organization = await createOrganization(db, {
      name: `Kenya Monitors ${uniqueSuffix()}`,
      countries: ['KE'],
      themes: ['early-warning'],
      description: 'Before.',
    });
    const member = await createMember(db, { organizationId: organization.id });
    return { organization, member: viewerOf(member) };
  }

  async function coordinatorOf(region: string) {
    const coordinator = await createMember(db, { role: 'COORDINATOR', coordinatorRegions: [region] });
    return viewerOf(coordinator, [regionIds.get(region)!]);
  }

  it('lets a member save their own organisation, with one audit event of what changed', async () => {
    const { organization, member } = await organizationWithMember();
    const result = await save(
      member,
      organization.id,
      form({ description: 'After.', themes: ['early-warning', 'youth', 'media-freedom'], countries: ['KE', 'PE'] }, [
        'website',
      ]),
      { ip: '192.0.2.1' },
    );
    expect(result).toEqual({ ok: true, message: 'saved', data: { slug: organization.slug } });

    const after = await snapshot(organization.id);
    expect(after).toMatchObject({
      description: 'After.',
      website: 'https://example.org/monitors',
      contactEmail: 'info@example.org',
      themes: [{ slug: 'early-warning' }, { slug: 'media-freedom' }, { slug: 'youth' }],
      websiteVisibility: 'MEMBERS',
      descriptionVisibility: 'PUBLIC',
      countries: [{ code: 'KE' }, { code: 'PE' }],
      // Regions follow the countries.
      regions: [{ slug: 'africa' }, { slug: 'americas' }],
    });

    const events = await eventsOf(organization.id);
    expect(events).toHaveLength(1);
    // Only what changed is recorded: the description stayed public.
    expect(events[0]?.before).not.toHaveProperty('descriptionVisibility');
    expect(events[0]).toMatchObject({
      action: 'organization.update',
      actorId: member.id,
      ip: '192.0.2.1',
      before: {
        description: 'Before.',
        website: null,
        contactEmail: null,
        themes: ['early-warning'],
        countries: ['KE'],
        regions: ['africa'],
        websiteVisibility: 'PUBLIC',
      },
      after: {
        description: 'After.',
        website: 'https://example.org/monitors',
        contactEmail: 'info@example.org',
        themes: ['early-warning', 'media-freedom', 'youth'],
        countries: ['KE', 'PE'],
        regions: ['africa', 'americas'],
        websiteVisibility: 'MEMBERS',
      },
    });
  });

  it('keeps a region the organisation was placed in directly when its countries change', async () => {
    const organization = await createOrganization(db, { countries: ['KE'], regions: ['europe'] });
    const member = viewerOf(await createMember(db, { organizationId: organization.id }));
    expect((await save(member, organization.id, form({ countries: ['PE'] }))).ok).toBe(true);
    expect((await snapshot(organization.id)).regions).toEqual([{ slug: 'americas' }, { slug: 'europe' }]);
  });

  it('refuses a member of another organisation (403) and changes nothing', async () => {
    const { organization } = await organizationWithMember();
    const outsider = viewerOf(await createMember(db, { organizationId: otherOrganization.id }));
    const before = await snapshot(organization.id);
    const result = await save(outsider, organization.id, form({ description: 'Hijacked.' }));
    expect(result).toMatchObject({ ok: false, status: 403, message: 'forbidden' });
    expect(await snapshot(organization.id)).toEqual(before);
    expect(await eventsOf(organization.id)).toHaveLength(0);
  });

  it('refuses a visitor (401) and changes nothing', async () => {
    const { organization } = await organizationWithMember();
    const before = await snapshot(organization.id);
    expect(await save(null, organization.id, form())).toMatchObject({ ok: false, status: 401 });
    expect(await snapshot(organization.id)).toEqual(before);
  });

  it('refuses a coordinator of another region (403) and changes nothing', async () => {
    const { organization } = await organizationWithMember();
    const before = await snapshot(organization.id);
    const result = await save(await coordinatorOf('europe'), organization.id, form({ description: 'No.' }));
    expect(result).toMatchObject({ ok: false, status: 403 });
    expect(await snapshot(organization.id)).toEqual(before);
    expect(await eventsOf(organization.id)).toHaveLength(0);
  });

  it('lets a coordinator of its region and an admin edit it', async () => {
    const { organization } = await organizationWithMember();
    const coordinator = await coordinatorOf('africa');
    expect(await save(coordinator, organization.id, form({ description: 'By the coordinator.' }))).toMatchObject({
      ok: true,
    });
    expect((await snapshot(organization.id)).description).toBe('By the coordinator.');

    const admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    expect(await save(admin, organization.id, form({ description: 'By the admin.' }))).toMatchObject({ ok: true });
    expect((await snapshot(organization.id)).description).toBe('By the admin.');
    expect((await eventsOf(organization.id)).map((event) => event.actorId)).toEqual([coordinator.id, admin.id]);
  });

  it('answers 404 for an unknown organisation', async () => {
    const admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    expect(await save(admin, `missing-${uniqueSuffix()}`, form())).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it('refuses bad input beside each field and changes nothing', async () => {
    const { organization, member } = await organizationWithMember();
    const before = await snapshot(organization.id);
    const result = await save(
      member,
      organization.id,
      form({
        description: 'x'.repeat(4001),
        website: 'javascript:alert(1)',
        contactEmail: 'not an email',
        themes: ['Not a slug!'],
        countries: ['kenya'],
        websiteVisibility: 'friends',
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        description: ['descriptionTooLong'],
        website: ['websiteInvalid'],
        contactEmail: ['emailInvalid'],
        themes: ['themeUnknown'],
        countries: ['countryUnknown'],
        websiteVisibility: ['visibilityRequired'],
      },
    });
    expect(await save(member, organization.id, form({ countries: ['XX'] }))).toMatchObject({
      ok: false,
      fieldErrors: { countries: ['countryUnknown'] },
    });
    // A well-formed slug that is not in the vocabulary: themes are chosen, not invented.
    const invented = form({ themes: [`invented-${uniqueSuffix()}`] });
    expect(await save(member, organization.id, invented)).toMatchObject({
      ok: false,
      fieldErrors: { themes: ['themeUnknown'] },
    });
    const tooMany = form({ themes: Array.from({ length: 13 }, (_, index) => `theme-${index}`) });
    expect(await save(member, organization.id, tooMany)).toMatchObject({
      ok: false,
      fieldErrors: { themes: ['tooManyThemes'] },
    });
    expect(await snapshot(organization.id)).toEqual(before);
    expect(await eventsOf(organization.id)).toHaveLength(0);
  });

  it('records no event when nothing changed', async () => {
    const { organization, member } = await organizationWithMember();
    const same = form({ description: 'Before.', website: '', contactEmail: '' });
    expect((await save(member, organization.id, same)).ok).toBe(true);
    expect(await eventsOf(organization.id)).toHaveLength(0);
  });
});

describe('opening a profile for editing', () => {
  it('opens a member’s own organisation, or explains that they have none', async () => {
    await ensureReferenceData(db);
    const organization = await createOrganization(db, { countries: ['KE'], themes: ['youth'] });
    const member = viewerOf(await createMember(db, { organizationId: organization.id }));
    const result = await getOrganizationForEditing(member);
    expect(result).toMatchObject({
      ok: true,
      data: {
        id: organization.id,
        values: { countries: ['KE'], themes: ['youth'], website: '', themesVisibility: 'PUBLIC' },
      },
    });
    expect(await getOrganizationForEditing(member, organization.slug)).toMatchObject({ ok: true });

    const loner = viewerOf(await createMember(db));
    expect(await getOrganizationForEditing(loner)).toMatchObject({ ok: false, status: 404, message: 'noOrganization' });
    expect(await getOrganizationForEditing(loner, organization.slug)).toMatchObject({ ok: false, status: 403 });
    expect(await getOrganizationForEditing(null, organization.slug)).toMatchObject({ ok: false, status: 401 });
    expect(await getOrganizationForEditing(member, `no-such-${uniqueSuffix()}`)).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

describe('members-only profile fields', () => {
  const theme = `hidden-theme-${uniqueSuffix()}`;
  let organization: { id: string; slug: string };
  const member: Viewer = {
    id: 'any-member',
    role: 'MEMBER',
    organizationId: null,
    organizationAdmin: false,
    coordinatorRegionIds: [],
  };

  beforeAll(async () => {
    await ensureReferenceData(db);
    organization = await createOrganization(db, {
      name: `Quiet Org ${uniqueSuffix()}`,
      countries: ['KE'],
      themes: [theme],
      description: 'Only for members.',
      website: 'https://example.org/quiet',
      contactEmail: 'quiet@example.org',
    });
    await db.organization.update({
      where: { id: organization.id },
      data: Object.fromEntries(profileFieldNames.map((field) => [visibilityColumn(field), 'MEMBERS'])),
    });
  });

  it('are left out of the profile for a visitor, who is told so', async () => {
    const profile = dataOf(await getOrganization(null, organization.slug));
    expect(profile).toMatchObject({
      description: '',
      website: null,
      contactEmail: null,
      themes: [],
      countries: [],
      hiddenFields: profileFieldNames,
    });
    // Regions are not a members-only field.
    expect(profile?.regions.map((region) => region.slug)).toEqual(['africa']);
  });

  it('are shown to a member', async () => {
    expect(dataOf(await getOrganization(member, organization.slug))).toMatchObject({
      description: 'Only for members.',
      website: 'https://example.org/quiet',
      contactEmail: 'quiet@example.org',
      themes: [{ slug: theme, label: theme.replace(/-/g, ' ') }],
      countries: [{ code: 'KE', name: 'Kenya' }],
      hiddenFields: [],
    });
  });

  it('are left out of the directory list for a visitor, and a hidden theme does not match a filter', async () => {
    const byRegion = async (viewer: Viewer | null) =>
      (await listOrganizations(viewer, parseDirectoryFilters({ region: 'africa' }))).items.find(
        (item) => item.slug === organization.slug,
      );
    // This file's database holds fewer than a page (24) of organisations in Africa.
    expect(await byRegion(null)).toMatchObject({ shortDescription: '', themes: [], countries: [] });
    expect(await byRegion(member)).toMatchObject({
      shortDescription: 'Only for members.',
      themes: [{ slug: theme, label: theme.replace(/-/g, ' ') }],
      countries: [{ code: 'KE', name: 'Kenya' }],
    });
    expect((await listOrganizations(null, parseDirectoryFilters({ theme }))).total).toBe(0);
    expect((await listOrganizations(member, parseDirectoryFilters({ theme }))).total).toBe(1);
  });
});

describe('every declared profile field kept for members', () => {
  // One value per kind that appears nowhere else, so finding its text in a payload means it leaked.
  // A new kind does not compile until it has one here; a new field of a known kind needs nothing.
  const suffix = uniqueSuffix();
  const markers: { [K in ProfileFieldKind]: { input: string | string[]; text: string } } = {
    text: { input: `Marker text ${suffix}`, text: `Marker text ${suffix}` },
    url: { input: `https://marker-${suffix}.example.org`, text: `marker-${suffix}.example.org` },
    email: { input: `marker-${suffix}@example.org`, text: `marker-${suffix}@example.org` },
    themes: { input: [`marker-theme-${suffix}`], text: `marker theme ${suffix}` },
    // Tuvalu: no other organisation in this file's database works there.
    countries: { input: ['TV'], text: 'Tuvalu' },
  };
  let organization: { id: string; slug: string };

  beforeAll(async () => {
    await ensureReferenceData(db);
    organization = await createOrganization(db, { name: `Marker Org ${suffix}`, countries: ['KE'] });
    // The marker theme is in the vocabulary, used by this organisation alone.
    await createOrganization(db, {
      name: `Theme Holder ${suffix}`,
      status: 'APPLIED',
      themes: markers.themes.input as string[],
    });
    const admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    const input = Object.fromEntries(
      profileFieldNames.flatMap((field) => [
        [field, markers[kindOf(field)].input],
        [visibilityColumn(field), 'MEMBERS'],
      ]),
    );
    expect(await save(admin, organization.id, input)).toMatchObject({ ok: true });
  });

  it('reaches a member through every read', async () => {
    const member: Viewer = {
      id: 'any-member',
      role: 'MEMBER',
      organizationId: null,
      organizationAdmin: false,
      coordinatorRegionIds: [],
    };
    const payload = JSON.stringify(dataOf(await getOrganization(member, organization.slug)));
    for (const field of profileFieldNames) expect(payload, field).toContain(markers[kindOf(field)].text);
  });

  it('reaches no visitor through any read: profile, list, filters, their choices and the search', async () => {
    const reads = {
      profile: await getOrganization(null, organization.slug),
      byName: await listOrganizations(null, parseDirectoryFilters({})),
      byRegion: await listOrganizations(null, parseDirectoryFilters({ region: 'asia-pacific' })),
      byTheme: await listOrganizations(null, parseDirectoryFilters({ theme: markers.themes.input[0] })),
      byCountry: await listOrganizations(null, parseDirectoryFilters({ country: 'TV' })),
      byWords: await listOrganizations(null, parseDirectoryFilters({ q: markers.text.text })),
      filterChoices: await listDirectoryFacets(null, {}),
      search: await searchPortal(null, parseSearchFilters({ q: markers.text.text })),
    };
    expect(dataOf(reads.profile)?.hiddenFields).toEqual(profileFieldNames);
    expect(reads.byTheme.total).toBe(0);
    expect(reads.byCountry.total).toBe(0);
    expect(reads.byWords.total).toBe(0);
    expect(reads.search?.groups).toEqual([]);
    const payload = JSON.stringify(reads);
    for (const field of profileFieldNames) expect(payload, field).not.toContain(markers[kindOf(field)].text);
  });
});
