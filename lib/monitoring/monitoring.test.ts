// The countries' monitoring timelines: staff of a country's region write, change and remove
// entries (audited, refused beside the field for a country outside their regions or a source that
// is no web address, nothing half-written), and the timeline, the monitored countries and the feed
// show each viewer only what they may read, newest first.
import { xml2js, type Element } from 'xml-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/policy';
import { member, visitor, viewerOf } from '@/lib/testing/viewers';
import {
  createCampaign,
  createMember,
  createPublication,
  ensureReferenceData,
  uniqueSuffix,
} from '@/prisma/seed/factories';
import { countryTimelineFeed } from './feed';
import { createMonitoringEntry, removeMonitoringEntry, updateMonitoringEntry } from './mutations';
import { getEntryForEditing, listMonitoredCountries, listTimeline } from './queries';

const meta = { ip: '192.0.2.1' };

function entryForm(extra: Record<string, string> = {}) {
  return {
    country: 'mw',
    observedOn: '2026-11-20',
    level: 'CONCERN',
    summary: `Attacks on journalists in the north ${uniqueSuffix()}.`,
    sources: 'https://example.org/news/1\nhttps://example.org/news/2',
    publications: '',
    campaigns: '',
    visibility: 'PUBLIC',
    ...extra,
  };
}

const auditOf = (subjectId: string) =>
  db.auditEvent.findMany({
    where: { subjectId },
    orderBy: { createdAt: 'asc' },
    select: { action: true, before: true, after: true },
  });

describe('the monitoring timeline', () => {
  let africa: Viewer;
  let europe: Viewer;
  let publicReport: { slug: string; title: string };
  let membersBrief: { slug: string; title: string };
  let campaign: { slug: string; title: string };

  beforeAll(async () => {
    await ensureReferenceData(db);
    const regionId = async (slug: string) => (await db.region.findUniqueOrThrow({ where: { slug } })).id;
    const coordinator = await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] });
    africa = viewerOf(coordinator, [await regionId('africa')]);
    const other = await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['europe'] });
    europe = viewerOf(other, [await regionId('europe')]);
    publicReport = await createPublication(db, { title: `Malawi report ${uniqueSuffix()}`, countries: ['MW'] });
    membersBrief = await createPublication(db, { title: `Malawi brief ${uniqueSuffix()}`, visibility: 'MEMBERS' });
    campaign = await createCampaign(db, { title: `Malawi campaign ${uniqueSuffix()}`, regions: ['africa'] });
  });

  it('lets staff of the region add an entry, with its sources and related pages, audited', async () => {
    const result = await createMonitoringEntry(
      africa,
      entryForm({
        level: 'ALERT',
        publications: `https://portal.example.org/library/${publicReport.slug}\n${membersBrief.slug}`,
        campaigns: `/campaigns/${campaign.slug}`,
      }),
      meta,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.countryCode).toBe('MW');
    const [audit] = await auditOf(result.data.id);
    expect(audit).toMatchObject({ action: 'monitoring.create', after: { countryCode: 'MW', level: 'ALERT' } });

    const forVisitor = (await listTimeline(visitor, 'MW')).find((entry) => entry.id === result.data.id)!;
    expect(forVisitor.sources).toEqual(['https://example.org/news/1', 'https://example.org/news/2']);
    // A members-only publication stays off the entry for a visitor, and shows for a member.
    expect(forVisitor.publications.map((publication) => publication.slug)).toEqual([publicReport.slug]);
    expect(forVisitor.campaigns.map((linked) => linked.slug)).toEqual([campaign.slug]);
    const forMember = (await listTimeline(member, 'MW')).find((entry) => entry.id === result.data.id)!;
    expect(forMember.publications.map((publication) => publication.slug).sort()).toEqual(
      [publicReport.slug, membersBrief.slug].sort(),
    );
  });

  it('refuses a country outside the viewer’s regions, a bad source, an unknown page or a future day, writing nothing', async () => {
    const before = await db.monitoringEntry.count();
    const refusals = [
      [europe, entryForm(), 'country', 'countryNotYours'],
      [africa, entryForm({ sources: 'javascript:alert(1)' }), 'sources', 'sourceInvalid'],
      [africa, entryForm({ publications: 'no-such-publication-here' }), 'publications', 'publicationUnknown'],
      [africa, entryForm({ campaigns: 'https://evil.example/elsewhere/x' }), 'campaigns', 'campaignInvalid'],
      [africa, entryForm({ observedOn: '2999-01-01' }), 'observedOn', 'observedOnOutOfRange'],
      [africa, entryForm({ country: 'zz' }), 'country', 'countryUnknown'],
      [africa, entryForm({ summary: '   ' }), 'summary', 'summaryRequired'],
    ] as const;
    for (const [viewer, input, field, message] of refusals) {
      const result = await createMonitoringEntry(viewer, input, meta);
      expect(result.ok, message).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field], message).toEqual([message]);
    }
    expect(await createMonitoringEntry(member, entryForm(), meta)).toMatchObject({ ok: false, status: 403 });
    expect(await createMonitoringEntry(visitor, entryForm(), meta)).toMatchObject({ ok: false, status: 401 });
    expect(await db.monitoringEntry.count()).toBe(before);
  });

  it('saves a change with only what changed in the audit log, and removes an entry once confirmed', async () => {
    const created = await createMonitoringEntry(africa, entryForm(), meta);
    if (!created.ok) throw new Error('not created');
    const id = created.data.id;
    const editable = await getEntryForEditing(africa, id);
    if (!editable.ok) throw new Error('not editable');
    expect(await getEntryForEditing(europe, id)).toMatchObject({ ok: false, status: 404 });

    const same = await updateMonitoringEntry(africa, { ...editable.data.values, entryId: id }, meta);
    expect(same).toMatchObject({ ok: true, message: 'noChanges' });
    const saved = await updateMonitoringEntry(africa, { ...editable.data.values, level: 'ALERT', entryId: id }, meta);
    expect(saved).toMatchObject({ ok: true, message: 'saved' });
    expect(await updateMonitoringEntry(europe, { ...editable.data.values, entryId: id }, meta)).toMatchObject({
      ok: false,
      status: 403,
    });

    expect(await removeMonitoringEntry(africa, { entryId: id }, meta)).toMatchObject({ ok: false, status: 400 });
    expect(await removeMonitoringEntry(africa, { entryId: id, confirm: 'yes' }, meta)).toMatchObject({ ok: true });
    expect(await db.monitoringEntry.findUnique({ where: { id } })).toBeNull();
    const audit = await auditOf(id);
    expect(audit.map((event) => event.action)).toEqual(['monitoring.create', 'monitoring.update', 'monitoring.remove']);
    expect(audit[1]).toMatchObject({ before: { level: 'CONCERN' }, after: { level: 'ALERT' } });
    expect(Object.keys(audit[1]!.after as object)).toEqual(['level']);
  });

  it('lists monitored countries by their latest entry, the most worrying first, members-only entries to members', async () => {
    const first = await createMonitoringEntry(
      africa,
      entryForm({ country: 'bi', level: 'ALERT', observedOn: '2026-01-05' }),
      meta,
    );
    const latest = await createMonitoringEntry(
      africa,
      entryForm({ country: 'bi', level: 'WATCH', observedOn: '2026-02-05' }),
      meta,
    );
    const hidden = await createMonitoringEntry(
      africa,
      entryForm({ country: 'rw', level: 'ALERT', visibility: 'MEMBERS' }),
      meta,
    );
    expect([first.ok, latest.ok, hidden.ok]).toEqual([true, true, true]);
    const forVisitor = await listMonitoredCountries(visitor);
    expect(forVisitor.find((country) => country.code === 'BI')).toMatchObject({ level: 'WATCH' });
    expect(forVisitor.find((country) => country.code === 'RW')).toBeUndefined();
    const forMember = await listMonitoredCountries(member);
    expect(forMember.find((country) => country.code === 'RW')).toMatchObject({ level: 'ALERT' });
    const levels = forMember.map((country) => country.level);
    expect(levels.indexOf('ALERT')).toBeLessThan(levels.indexOf('WATCH'));
    // The timeline is newest first.
    const days = (await listTimeline(visitor, 'BI')).map((entry) => entry.observedOn.toISOString().slice(0, 10));
    expect(days).toEqual([...days].sort().reverse());
  });

  it('is a feed of the public entries, linked to their place on the country’s page', async () => {
    const open = await createMonitoringEntry(africa, entryForm({ country: 'ug', summary: 'Public entry.' }), meta);
    await createMonitoringEntry(
      africa,
      entryForm({ country: 'ug', summary: 'Secret entry.', visibility: 'MEMBERS' }),
      meta,
    );
    if (!open.ok) throw new Error('not created');
    const result = await countryTimelineFeed('ug', 'rss');
    if (!result.ok) throw new Error('no feed');
    expect(result.data).toContain('Public entry.');
    expect(result.data).not.toContain('Secret entry.');
    const document = xml2js(result.data) as Element;
    expect(JSON.stringify(document)).toContain(`/countries/ug#entry-${open.data.id}`);
    expect(await countryTimelineFeed('zz', 'atom')).toMatchObject({ ok: false, status: 404 });
  });
});
