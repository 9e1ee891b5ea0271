// Running campaigns against a real database: drafts, content, the steps of a campaign's life,
// updates, held signatures, the signers' CSV, counts by country and the purge of signers' data; each refused to staff of other regions and to
// members, with nothing written; every change in the audit log.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
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
import {
  changeCampaignStatus,
  createCampaignDraft,
  decideHeldSignatures,
  postCampaignUpdate,
  removeCampaignUpdate,
  updateCampaign,
} from './management';
import {
  countSignatures,
  countSignaturesByCountry,
  getCampaign,
  getCampaignForEditing,
  listManagedCampaigns,
  listPublicSigners,
} from './queries';
import { purgeSignerData } from './purge';
import { signCampaign } from './signing';
import { exportSigners, signerCsvColumns } from './signers-csv';
import type { Viewer } from '@/lib/auth/policy';

const meta = { ip: '203.0.113.9' };
let admin: Viewer;
let africaCoordinator: Viewer;
let europeCoordinator: Viewer;
let member: Viewer;

const form = (extra: Record<string, unknown> = {}) => ({
  title: `Free the journalists ${uniqueSuffix()}`,
  goal: 'Every journalist jailed for their work is released.',
  callToAction: 'Sign the letter',
  targets: 'The African Commission\r\n\r\n  The UN Human Rights Council  ',
  body: 'Since **2024**, dozens have been jailed.',
  regions: ['africa'],
  startsAt: '2027-01-10',
  endsAt: '2027-06-30',
  signatureGoal: '10,000',
  ...extra,
});

const auditOf = (subjectId: string) =>
  db.auditEvent.findMany({
    where: { subjectId },
    orderBy: { createdAt: 'asc' },
    select: { action: true, after: true },
  });

async function draftIn(viewer: Viewer, extra: Record<string, unknown> = {}) {
  const result = await createCampaignDraft(viewer, form(extra), meta);
  if (!result.ok) throw new Error(`draft refused: ${result.message}`);
  return result.data;
}

beforeAll(async () => {
  await ensureReferenceData(db);
  const regions = await db.region.findMany({ select: { id: true, slug: true } });
  const africaId = regions.find((region) => region.slug === 'africa')!.id;
  const europeId = regions.find((region) => region.slug === 'europe')!.id;
  admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
  africaCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }), [africaId]);
  europeCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }), [europeId]);
  member = viewerOf(await createMember(db, { role: 'MEMBER' }));
});

describe('starting and changing a campaign', () => {
  it('keeps a new campaign as a draft that visitors cannot see, with its fields as typed, audited', async () => {
    const { id, slug } = await draftIn(africaCoordinator);
    const stored = await db.campaign.findUniqueOrThrow({
      where: { id },
      select: { status: true, targets: true, signatureGoal: true, startsAt: true, endsAt: true, createdById: true },
    });
    expect(stored).toEqual({
      status: 'DRAFT',
      targets: ['The African Commission', 'The UN Human Rights Council'],
      signatureGoal: 10_000,
      startsAt: new Date('2027-01-10T00:00:00Z'),
      endsAt: new Date('2027-06-30T00:00:00Z'),
      createdById: africaCoordinator.id,
    });
    expect((await getCampaign(null, slug)).ok).toBe(false);
    expect((await auditOf(id)).map((event) => event.action)).toEqual(['campaign.create']);
  });

  it('refuses bad fields beside them and writes nothing', async () => {
    const before = await db.campaign.count();
    const result = await createCampaignDraft(
      admin,
      form({ title: '  ', endsAt: '2026-12-31', signatureGoal: 'lots', regions: ['atlantis'], goal: 'x'.repeat(401) }),
      meta,
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.fieldErrors).toMatchObject({
      title: ['titleRequired'],
      signatureGoal: ['signatureGoalInvalid'],
      goal: ['goalTooLong'],
    });
    const endsEarly = await createCampaignDraft(admin, form({ endsAt: '2026-12-31' }), meta);
    expect(endsEarly).toMatchObject({ ok: false, fieldErrors: { endsAt: ['endsBeforeStart'] } });
    const unknownRegion = await createCampaignDraft(admin, form({ regions: ['atlantis'] }), meta);
    expect(unknownRegion).toMatchObject({ ok: false, fieldErrors: { regions: ['regionUnknown'] } });
    expect(await db.campaign.count()).toBe(before);
  });

  it('refuses members, other regions and (for a coordinator of a region) the coalition’s own campaigns', async () => {
    const before = await db.campaign.count();
    expect(await createCampaignDraft(member, form(), meta)).toMatchObject({ ok: false, status: 403 });
    expect(await createCampaignDraft(null, form(), meta)).toMatchObject({ ok: false, status: 401 });
    expect(await createCampaignDraft(europeCoordinator, form(), meta)).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { regions: ['regionsNotYours'] },
    });
    expect(await createCampaignDraft(africaCoordinator, form({ regions: [] }), meta)).toMatchObject({
      ok: false,
      fieldErrors: { regions: ['regionsNotYours'] },
    });
    expect(await db.campaign.count()).toBe(before);

    const { id } = await draftIn(africaCoordinator);
    const edit = { ...form({ title: 'Taken over' }), campaignId: id };
    expect(await updateCampaign(europeCoordinator, edit, meta)).toMatchObject({ ok: false, status: 403 });
    expect(await updateCampaign(member, edit, meta)).toMatchObject({ ok: false, status: 403 });
    // Moving one's campaign into a region one does not hold is refused too.
    expect(await updateCampaign(africaCoordinator, { ...edit, regions: ['africa', 'europe'] }, meta)).toMatchObject({
      ok: false,
      fieldErrors: { regions: ['regionsNotYours'] },
    });
    expect((await getCampaignForEditing(europeCoordinator, id)).ok).toBe(false);
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).title).not.toBe('Taken over');
  });

  it('saves changes with only what changed in the audit; a draft’s address follows its title, a launched one’s stays', async () => {
    const { id, slug } = await draftIn(africaCoordinator);
    const title = `Release them all ${uniqueSuffix()}`;
    const saved = await updateCampaign(
      africaCoordinator,
      { ...form({ title, signatureGoal: '' }), campaignId: id },
      meta,
    );
    expect(saved).toMatchObject({ ok: true, message: 'saved' });
    const renamed = await db.campaign.findUniqueOrThrow({ where: { id }, select: { slug: true, signatureGoal: true } });
    expect(renamed.slug).not.toBe(slug);
    expect(renamed.signatureGoal).toBe(0);
    const events = await auditOf(id);
    expect(events.at(-1)?.action).toBe('campaign.update');
    expect(Object.keys(events.at(-1)?.after as object).sort()).toEqual(['signatureGoal', 'slug', 'title']);

    const again = await updateCampaign(
      africaCoordinator,
      { ...form({ title, signatureGoal: '' }), campaignId: id },
      meta,
    );
    expect(again).toMatchObject({ ok: true, message: 'noChanges' });

    await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'launch' }, meta);
    await updateCampaign(africaCoordinator, { ...form({ title: `${title} now` }), campaignId: id }, meta);
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).slug).toBe(renamed.slug);
  });
});

describe('the life of a campaign', () => {
  it('launches, closes (signing refused), reopens and archives (read only, off the public list), each audited', async () => {
    const { id, slug } = await draftIn(africaCoordinator);
    expect(await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'close' }, meta)).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'launch' }, meta)).toMatchObject({
      ok: true,
      data: { status: 'ACTIVE' },
    });
    expect((await getCampaign(null, slug)).ok).toBe(true);

    const closedAt = new Date('2027-07-01T12:00:00Z');
    await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'close' }, meta, closedAt);
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).closedAt).toEqual(closedAt);
    const signing = await signCampaign(
      { slug, name: 'Late Signer', email: `late-${uniqueSuffix()}@example.org`, country: 'KE', consent: 'on' },
      meta,
    );
    expect(signing).toMatchObject({ ok: false, status: 409, message: 'campaignClosed' });

    await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'reopen' }, meta);
    expect((await db.campaign.findUniqueOrThrow({ where: { id } })).closedAt).toBeNull();
    await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'close' }, meta);
    await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'archive' }, meta);
    expect((await getCampaign(null, slug)).ok).toBe(false);
    const archived = await getCampaignForEditing(africaCoordinator, id);
    expect(archived).toMatchObject({ ok: true, data: { status: 'ARCHIVED', editable: false, steps: [] } });
    expect(await updateCampaign(africaCoordinator, { ...form(), campaignId: id }, meta)).toMatchObject({
      ok: false,
      status: 409,
      message: 'archived',
    });
    expect((await auditOf(id)).map((event) => event.action)).toEqual([
      'campaign.create',
      'campaign.launch',
      'campaign.close',
      'campaign.reopen',
      'campaign.close',
      'campaign.archive',
    ]);
  });

  it('takes one of two steps asked at once', async () => {
    const { id } = await draftIn(admin);
    const answers = await Promise.all([
      changeCampaignStatus(admin, { campaignId: id, step: 'launch' }, meta),
      changeCampaignStatus(admin, { campaignId: id, step: 'launch' }, meta),
      changeCampaignStatus(admin, { campaignId: id, step: 'archive' }, meta),
    ]);
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect((await auditOf(id)).filter((event) => event.action !== 'campaign.create')).toHaveLength(1);
  });

  it('lists the viewer’s campaigns by state, never others’ regions', async () => {
    const { id } = await draftIn(africaCoordinator);
    const mine = await listManagedCampaigns(africaCoordinator, { page: 1, status: 'DRAFT' });
    const theirs = await listManagedCampaigns(europeCoordinator, { page: 1 });
    expect(mine.ok && mine.data.items.some((row) => row.id === id)).toBe(true);
    expect(mine.ok && (mine.data.counts.DRAFT ?? 0) >= 1).toBe(true);
    expect(theirs.ok && theirs.data.items.some((row) => row.id === id)).toBe(false);
    expect(await listManagedCampaigns(member, { page: 1 })).toMatchObject({ ok: false, status: 403 });
  });
});

describe('updates', () => {
  it('posts a dated update shown on the public page, and removes it; both audited', async () => {
    const { id, slug } = await draftIn(africaCoordinator);
    await changeCampaignStatus(africaCoordinator, { campaignId: id, step: 'launch' }, meta);
    const refused = await postCampaignUpdate(africaCoordinator, { campaignId: id, title: 'News', body: '  ' }, meta);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { body: ['updateBodyRequired'] } });
    expect(
      await postCampaignUpdate(europeCoordinator, { campaignId: id, title: 'News', body: 'Hi' }, meta),
    ).toMatchObject({ ok: false, status: 403 });

    const postedAt = new Date('2027-02-01T09:00:00Z');
    const posted = await postCampaignUpdate(
      africaCoordinator,
      { campaignId: id, title: 'Two released', body: 'Two of them are **free**.' },
      meta,
      postedAt,
    );
    expect(posted).toMatchObject({ ok: true, message: 'updatePosted' });
    const page = await getCampaign(null, slug);
    expect(page.ok && page.data.updates).toEqual([
      expect.objectContaining({ title: 'Two released', publishedAt: postedAt }),
    ]);
    const updateId = page.ok ? page.data.updates[0]!.id : '';
    expect(await removeCampaignUpdate(africaCoordinator, { campaignId: id, updateId }, meta)).toMatchObject({
      ok: true,
    });
    expect(await removeCampaignUpdate(africaCoordinator, { campaignId: id, updateId }, meta)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect((await auditOf(id)).map((event) => event.action).slice(-2)).toEqual([
      'campaign.updatePosted',
      'campaign.updateRemoved',
    ]);
  });
});

describe('held signatures', () => {
  it('shows them to staff, and counts them once released; discarding removes them', async () => {
    const campaign = await createCampaign(db, { title: `Held ${uniqueSuffix()}`, regions: ['africa'] });
    const held = { heldAt: new Date(), countryCode: 'KE' };
    const first = await createSignature(db, campaign.id, held);
    await createSignature(db, campaign.id, held);
    await createSignature(db, campaign.id, { ...held, emailConfirmedAt: null });
    const count = async () => (await countSignatures([campaign.id])).get(campaign.id) ?? 0;
    expect(await count()).toBe(0);
    const view = await getCampaignForEditing(africaCoordinator, campaign.id);
    expect(view.ok && view.data.signatures).toMatchObject({ held: 3, counted: 0 });
    expect(view.ok && view.data.held.filter((signature) => signature.confirmed)).toHaveLength(2);

    const denied = await decideHeldSignatures(
      europeCoordinator,
      { campaignId: campaign.id, decision: 'release' },
      meta,
    );
    expect(denied).toMatchObject({ ok: false, status: 403 });
    const one = await decideHeldSignatures(
      africaCoordinator,
      { campaignId: campaign.id, signatureId: first.id, decision: 'release' },
      meta,
    );
    expect(one).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await count()).toBe(1);
    const rest = await decideHeldSignatures(
      africaCoordinator,
      { campaignId: campaign.id, signatureId: '', decision: 'release' },
      meta,
    );
    // The unconfirmed one is released too, and counts once its link is followed.
    expect(rest).toMatchObject({ ok: true, data: { count: 2 } });
    expect(await count()).toBe(2);

    await createSignature(db, campaign.id, held);
    await decideHeldSignatures(africaCoordinator, { campaignId: campaign.id, decision: 'discard' }, meta);
    expect(await db.signature.count({ where: { campaignId: campaign.id, heldAt: { not: null } } })).toBe(0);
    expect(await count()).toBe(2);
    expect((await auditOf(campaign.id)).map((event) => [event.action, event.after])).toEqual([
      ['campaign.heldReleased', { count: 1 }],
      ['campaign.heldReleased', { count: 2 }],
      ['campaign.heldDiscarded', { count: 1 }],
    ]);
  });
});

describe('the signers’ CSV', () => {
  async function csvOf(viewer: Viewer, campaignId: string): Promise<string[][]> {
    const result = await exportSigners(viewer, campaignId, meta);
    if (!result.ok) throw new Error(`export refused: ${result.status}`);
    const chunks: Buffer[] = [];
    for await (const chunk of result.data.body) chunks.push(Buffer.from(chunk as Buffer));
    const rows: string[][] = parse(Buffer.concat(chunks).toString('utf8'), { bom: true });
    return rows;
  }

  it('holds confirmed signatures only, names only of those shown, no address, formulas escaped; audited', async () => {
    const campaign = await createCampaign(db, { title: `Export ${uniqueSuffix()}`, regions: ['africa'] });
    await createSignature(db, campaign.id, { name: 'Amara Okafor', countryCode: 'NG', comment: 'Free them' });
    await createSignature(db, campaign.id, { name: 'Hidden Person', countryCode: 'KE', isPublic: false, comment: 'x' });
    await createSignature(db, campaign.id, { name: '=HYPERLINK("http://evil.example","click")', countryCode: 'GH' });
    await createSignature(db, campaign.id, { name: '+1 Formula', comment: '@SUM(A1:A2)', countryCode: 'GH' });
    await createSignature(db, campaign.id, { name: '-2 Minus', countryCode: 'GH' });
    await createSignature(db, campaign.id, { name: 'Pending Person', emailConfirmedAt: null });
    await createSignature(db, campaign.id, { name: 'Withdrawn Person', withdrawnAt: new Date() });
    await createSignature(db, campaign.id, { name: 'Held Person', heldAt: new Date() });

    const rows = await csvOf(africaCoordinator, campaign.id);
    expect(rows[0]).toEqual([...signerCsvColumns]);
    const body = rows.slice(1);
    expect(body).toHaveLength(5);
    const names = body.map((row) => row[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Amara Okafor',
        '',
        `'=HYPERLINK("http://evil.example","click")`,
        "'+1 Formula",
        "'-2 Minus",
      ]),
    );
    expect(body.find((row) => row[1] === "'+1 Formula")?.[3]).toBe("'@SUM(A1:A2)");
    const hidden = body.find((row) => row[2] === 'Kenya');
    expect(hidden).toEqual([expect.any(String), '', 'Kenya', '', 'no', '2026-12-03']);
    expect(JSON.stringify(rows)).not.toMatch(/@example\.org|Pending|Withdrawn|Held/);
    expect((await auditOf(campaign.id)).map((event) => event.action)).toEqual(['campaign.signersExported']);
  });

  it('reads a long list in pages without losing or repeating a row', async () => {
    const campaign = await createCampaign(db, { title: `Long export ${uniqueSuffix()}`, regions: ['africa'] });
    await db.signature.createMany({
      data: Array.from({ length: 4_500 }, (_, index) => ({
        campaignId: campaign.id,
        kind: 'PERSON' as const,
        name: `Signer ${index}`,
        email: `signer-${index}-${campaign.id}@example.org`,
        emailKey: `signer-${index}-${campaign.id}@example.org`,
        emailConfirmedAt: new Date(),
        isPublic: true,
      })),
    });
    const rows = await csvOf(admin, campaign.id);
    expect(rows).toHaveLength(4_501);
    expect(new Set(rows.slice(1).map((row) => row[1])).size).toBe(4_500);
  });

  it('is refused to staff of other regions and to members, and leaves no audit', async () => {
    const campaign = await createCampaign(db, { title: `Private export ${uniqueSuffix()}`, regions: ['africa'] });
    expect(await exportSigners(europeCoordinator, campaign.id, meta)).toMatchObject({ ok: false, status: 404 });
    expect(await exportSigners(member, campaign.id, meta)).toMatchObject({ ok: false, status: 403 });
    expect(await exportSigners(null, campaign.id, meta)).toMatchObject({ ok: false, status: 401 });
    expect(await auditOf(campaign.id)).toEqual([]);
  });
});

describe('removing signers’ personal data after a campaign closes', () => {
  it('clears names, addresses and comments of campaigns closed long enough ago; counts stay; once', async () => {
    const now = new Date('2027-09-01T00:00:00Z');
    const old = await createCampaign(db, { title: `Long closed ${uniqueSuffix()}`, status: 'CLOSED' });
    await db.campaign.update({ where: { id: old.id }, data: { closedAt: new Date('2027-02-15T00:00:00Z') } });
    const recent = await createCampaign(db, { title: `Just closed ${uniqueSuffix()}`, status: 'CLOSED' });
    await db.campaign.update({ where: { id: recent.id }, data: { closedAt: new Date('2027-08-01T00:00:00Z') } });
    const running = await createCampaign(db, { title: `Running ${uniqueSuffix()}`, status: 'ACTIVE' });
    for (const campaign of [old, recent, running]) {
      await createSignature(db, campaign.id, { name: 'Amara Okafor', countryCode: 'NG', comment: 'Free them' });
      await createSignature(db, campaign.id, { name: 'Withdrawn One', countryCode: 'NG', withdrawnAt: new Date() });
    }
    const organization = await createOrganization(db, {});
    await createSignature(db, old.id, { organizationId: organization.id, name: organization.name });
    const countsBefore = await countSignaturesByCountry(admin, old.slug);

    const [first, second] = await Promise.all([purgeSignerData(now, 6), purgeSignerData(now, 6)]);
    // Other tests' closed campaigns may be due too: only these three are looked at.
    const mine = new Set([old.slug, recent.slug, running.slug]);
    const purged = [...first.campaigns, ...second.campaigns].filter((campaign) => mine.has(campaign.slug));
    expect(purged).toEqual([{ slug: old.slug, signatures: 2 }]);

    const people = await db.signature.findMany({
      where: { campaignId: old.id, kind: 'PERSON' },
      select: { name: true, email: true, emailKey: true, comment: true, isPublic: true, countryCode: true },
    });
    expect(people).toEqual([
      { name: '', email: null, emailKey: null, comment: null, isPublic: false, countryCode: 'NG' },
      { name: '', email: null, emailKey: null, comment: null, isPublic: false, countryCode: 'NG' },
    ]);
    expect(await countSignaturesByCountry(admin, old.slug)).toEqual(countsBefore);
    expect(
      await db.signature.count({ where: { campaignId: old.id, kind: 'ORGANIZATION', name: organization.name } }),
    ).toBe(1);
    for (const kept of [recent, running]) {
      expect(await db.signature.count({ where: { campaignId: kept.id, email: { not: null } } })).toBe(2);
    }
    expect((await auditOf(old.id)).map((event) => event.action)).toEqual(['campaign.signerDataRemoved']);
    expect((await purgeSignerData(now, 6)).campaigns.filter((campaign) => mine.has(campaign.slug))).toEqual([]);
  });
});

describe('counts by country and the public list of signers', () => {
  it('counts confirmed people by country, lists only those who chose to be shown, and hides drafts', async () => {
    const campaign = await createCampaign(db, { title: `Counted ${uniqueSuffix()}`, status: 'ACTIVE' });
    for (const countryCode of ['KE', 'KE', 'NG']) await createSignature(db, campaign.id, { countryCode });
    await createSignature(db, campaign.id, { countryCode: 'KE', isPublic: false, name: 'Quiet One' });
    await createSignature(db, campaign.id, { countryCode: 'GH', emailConfirmedAt: null });
    await createSignature(db, campaign.id, { countryCode: 'GH', heldAt: new Date() });
    const counts = await countSignaturesByCountry(null, campaign.slug);
    expect(counts).toMatchObject({
      ok: true,
      data: {
        total: 4,
        countries: [
          { code: 'KE', name: 'Kenya', count: 3 },
          { code: 'NG', name: 'Nigeria', count: 1 },
        ],
      },
    });
    const list = await listPublicSigners(null, campaign.slug, 1);
    expect(list.ok && list.data.signers.total).toBe(3);
    expect(list.ok && list.data.signers.items.some((signer) => signer.name === 'Quiet One')).toBe(false);

    const draft = await createCampaign(db, { title: `Unseen ${uniqueSuffix()}`, status: 'DRAFT' });
    expect(await countSignaturesByCountry(null, draft.slug)).toMatchObject({ ok: false, status: 404 });
    expect(await listPublicSigners(null, draft.slug, 1)).toMatchObject({ ok: false, status: 404 });
  });
});
