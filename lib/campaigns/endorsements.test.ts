// Organisations endorsing campaigns, against a real database: one endorsement per organisation
// (endorsing again changes the tier, two members at once make one), any member of it withdraws
// it, endorsements counted apart from people, only running campaigns endorsed, leads marked by the
// campaign's regions' staff among co-sponsors only; every change audited.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { viewerOf } from '@/lib/testing/viewers';
import {
  createCampaign,
  createMember,
  createOrganization,
  createSignature,
  ensureReferenceData,
  uniqueSuffix,
} from '@/prisma/seed/factories';
import { endorseCampaign, setEndorsementLead, withdrawEndorsement } from './endorsements';
import { countSignatures, getCampaign, getOwnEndorsement, listOrganizationEndorsements } from './queries';

const meta = { ip: '203.0.113.20' };
let organization: { id: string; name: string; slug: string };
let first: Viewer;
let second: Viewer;
let outsider: Viewer;
let withoutOrganization: Viewer;
let africaCoordinator: Viewer;
let europeCoordinator: Viewer;

const running = async (status: 'ACTIVE' | 'CLOSED' = 'ACTIVE') =>
  createCampaign(db, { title: `Endorsed ${uniqueSuffix()}`, status, regions: ['africa'] });
const auditOf = (subjectId: string) =>
  db.auditEvent.findMany({ where: { subjectId }, orderBy: { createdAt: 'asc' }, select: { action: true } });

beforeAll(async () => {
  await ensureReferenceData(db);
  organization = await createOrganization(db, { name: `Observatorio ${uniqueSuffix()}` });
  const other = await createOrganization(db, { name: `Other ${uniqueSuffix()}` });
  first = viewerOf(await createMember(db, { organizationId: organization.id }));
  second = viewerOf(await createMember(db, { organizationId: organization.id }));
  outsider = viewerOf(await createMember(db, { organizationId: other.id }));
  withoutOrganization = viewerOf(await createMember(db, {}));
  const regions = await db.region.findMany({ select: { id: true, slug: true } });
  const idOf = (slug: string) => regions.find((region) => region.slug === slug)!.id;
  africaCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }), [idOf('africa')]);
  europeCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }), [idOf('europe')]);
});

describe('endorsing a campaign', () => {
  it('lists the organisation with its tier, counted apart from people; endorsing again changes the tier', async () => {
    const campaign = await running();
    await createSignature(db, campaign.id, { countryCode: 'KE' });
    expect(await endorseCampaign(first, { slug: campaign.slug, tier: 'ENDORSE' }, meta)).toMatchObject({
      ok: true,
      message: 'endorsed',
    });
    const page = await getCampaign(null, campaign.slug);
    expect(page.ok && page.data).toMatchObject({
      signatureCount: 1,
      endorsementCount: 1,
      endorsements: [
        { tier: 'ENDORSE', isLead: false, organization: { name: organization.name, slug: organization.slug } },
      ],
    });
    expect((await countSignatures([campaign.id])).get(campaign.id)).toBe(1);

    expect(await endorseCampaign(second, { slug: campaign.slug, tier: 'CO_SPONSOR' }, meta)).toMatchObject({
      ok: true,
      message: 'endorsementChanged',
    });
    expect(await db.signature.count({ where: { campaignId: campaign.id, kind: 'ORGANIZATION' } })).toBe(1);
    expect(await getOwnEndorsement(first, campaign.slug)).toEqual({
      organizationName: organization.name,
      tier: 'CO_SPONSOR',
    });
    expect(await listOrganizationEndorsements(null, organization.id)).toEqual(
      expect.arrayContaining([
        {
          tier: 'CO_SPONSOR',
          isLead: false,
          campaign: { slug: campaign.slug, title: campaign.title, status: 'ACTIVE' },
        },
      ]),
    );
    expect((await auditOf(campaign.id)).map((event) => event.action)).toEqual([
      'campaign.endorsed',
      'campaign.endorsementChanged',
    ]);
  });

  it('makes one endorsement of two members endorsing at once', async () => {
    const campaign = await running();
    const answers = await Promise.all([
      endorseCampaign(first, { slug: campaign.slug, tier: 'ENDORSE' }, meta),
      endorseCampaign(second, { slug: campaign.slug, tier: 'ENDORSE' }, meta),
    ]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await db.signature.count({ where: { campaignId: campaign.id, kind: 'ORGANIZATION' } })).toBe(1);
  });

  it('refuses visitors, members without an organisation, closed campaigns and unknown tiers; writes nothing', async () => {
    const campaign = await running();
    const closed = await running('CLOSED');
    expect(await endorseCampaign(null, { slug: campaign.slug, tier: 'ENDORSE' }, meta)).toMatchObject({ status: 401 });
    expect(await endorseCampaign(withoutOrganization, { slug: campaign.slug, tier: 'ENDORSE' }, meta)).toMatchObject({
      status: 403,
      message: 'noOrganization',
    });
    expect(await endorseCampaign(first, { slug: closed.slug, tier: 'ENDORSE' }, meta)).toMatchObject({
      status: 409,
      message: 'campaignClosed',
    });
    expect(await endorseCampaign(first, { slug: campaign.slug, tier: 'PATRON' }, meta)).toMatchObject({
      status: 400,
      fieldErrors: { tier: ['tierRequired'] },
    });
    expect(await db.signature.count({ where: { campaignId: { in: [campaign.id, closed.id] } } })).toBe(0);
  });

  it('lets any member of the organisation withdraw it, and no one else', async () => {
    const campaign = await running();
    await endorseCampaign(first, { slug: campaign.slug, tier: 'ENDORSE' }, meta);
    expect(await withdrawEndorsement(outsider, { slug: campaign.slug }, meta)).toMatchObject({
      ok: false,
      status: 404,
      message: 'notEndorsed',
    });
    expect(await withdrawEndorsement(second, { slug: campaign.slug }, meta)).toMatchObject({ ok: true });
    const page = await getCampaign(null, campaign.slug);
    expect(page.ok && page.data.endorsementCount).toBe(0);
    expect(await withdrawEndorsement(second, { slug: campaign.slug }, meta)).toMatchObject({ status: 404 });
  });

  it('does not count or show the endorsement of an organisation that has lapsed', async () => {
    const campaign = await running();
    const lapsed = await createOrganization(db, { name: `Lapsed ${uniqueSuffix()}`, status: 'LAPSED' });
    await createSignature(db, campaign.id, { organizationId: lapsed.id, name: lapsed.name });
    const page = await getCampaign(null, campaign.slug);
    expect(page.ok && page.data).toMatchObject({ endorsementCount: 0, endorsements: [] });
  });
});

describe('leads', () => {
  it('are co-sponsors marked by staff of the campaign’s regions, listed first; stepping down ends the lead', async () => {
    const campaign = await running();
    const early = await createOrganization(db, { name: `Early ${uniqueSuffix()}` });
    await createSignature(db, campaign.id, { organizationId: early.id, name: early.name });
    await endorseCampaign(first, { slug: campaign.slug, tier: 'CO_SPONSOR' }, meta);
    const ours = await db.signature.findFirstOrThrow({
      where: { campaignId: campaign.id, organizationId: organization.id },
      select: { id: true },
    });
    const plain = await db.signature.findFirstOrThrow({
      where: { campaignId: campaign.id, organizationId: early.id },
      select: { id: true },
    });
    const lead = (viewer: Viewer, endorsementId: string, value = 'true') =>
      setEndorsementLead(viewer, { campaignId: campaign.id, endorsementId, lead: value }, meta);

    expect(await lead(europeCoordinator, ours.id)).toMatchObject({ ok: false, status: 403 });
    expect(await lead(first, ours.id)).toMatchObject({ ok: false, status: 403 });
    expect(await lead(africaCoordinator, plain.id)).toMatchObject({ ok: false, status: 409, message: 'notACoSponsor' });
    expect(await lead(africaCoordinator, ours.id)).toMatchObject({ ok: true, message: 'leadMarked' });
    const page = await getCampaign(null, campaign.slug);
    expect(
      page.ok && page.data.endorsements.map((endorsement) => [endorsement.organization.name, endorsement.isLead]),
    ).toEqual([
      [organization.name, true],
      [early.name, false],
    ]);

    await endorseCampaign(first, { slug: campaign.slug, tier: 'ENDORSE' }, meta);
    expect((await db.signature.findUniqueOrThrow({ where: { id: ours.id } })).isLead).toBe(false);
    expect((await auditOf(campaign.id)).map((event) => event.action)).toContain('campaign.leadMarked');
  });
});
