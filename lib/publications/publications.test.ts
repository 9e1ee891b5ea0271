import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import {
  findMovedPublication,
  getPublication,
  getPublicationPreview,
  listPublications,
  listRelatedPublications,
} from '@/lib/library/queries';
import { deliveredMail } from '@/lib/testing/mail';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { createPublication, transitionPublication, updatePublication } from './mutations';
import { getPublicationForEditing, listManagedPublications, listOwnPublications, listReviewQueue } from './queries';
import type { PublicationInput } from './schemas';

const meta = { ip: '192.0.2.40' };

/** A complete form as the browser sends it (checkbox groups as lists). */
function form(overrides: Partial<Record<keyof PublicationInput, string | string[]>> = {}): Record<string, unknown> {
  return {
    title: `Monitoring civic space ${uniqueSuffix()}`,
    kind: 'REPORT',
    summary: 'What changed this quarter.',
    body: '## Findings\r\n\r\nThree things.',
    authors: 'Amina Ndlovu\r\n\r\n  Tom  Reyes ',
    source: '',
    sourceUrl: '',
    linkUrl: '',
    publishedAt: '',
    regions: [],
    countries: ['KE'],
    themes: ['early-warning'],
    language: 'en',
    visibility: 'PUBLIC',
    embargoUntil: '',
    ...overrides,
  };
}

const libraryFor = (viewer: Viewer | null) =>
  listPublications(viewer, { page: 1 }).then((page) => page.items.map((item) => item.slug));

describe('writing and reviewing publications', () => {
  let admin: Viewer;
  let africa: Viewer;
  let europe: Viewer;
  let author: Viewer;
  let authorEmail: string;
  let otherMember: Viewer;
  let trustedAuthor: Viewer;

  beforeAll(async () => {
    await ensureReferenceData(db);
    const regions = await db.region.findMany({ select: { id: true, slug: true } });
    const idOf = (slug: string) => regions.find((region) => region.slug === slug)!.id;
    const africaId = idOf('africa');
    admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    africa = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [africaId]);
    europe = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['europe'] }), [
      idOf('europe'),
    ]);
    const organization = await createOrganization(db, { countries: ['KE'] });
    authorEmail = `author-${uniqueSuffix()}@example.org`;
    author = viewerOf(await createMember(db, { organizationId: organization.id, email: authorEmail }));
    otherMember = viewerOf(await createMember(db, { organizationId: organization.id }));
    const trusted = await createOrganization(db, { countries: ['KE'] });
    await db.organization.update({ where: { id: trusted.id }, data: { trusted: true } });
    trustedAuthor = viewerOf(await createMember(db, { organizationId: trusted.id }));
  });

  const auditOf = (subjectId: string) =>
    db.auditEvent.findMany({
      where: { subjectType: 'Publication', subjectId },
      orderBy: { createdAt: 'asc' },
      select: { action: true, actorId: true, before: true, after: true, ip: true },
    });

  it('saves a coordinator’s draft: slug from its title, the country’s region added, tidy text, audited', async () => {
    const input = form({ title: '  Monitoring   civic space in Kenya ' + uniqueSuffix() });
    const result = await createPublication(africa, input, meta);
    expect(result).toMatchObject({ ok: true, message: 'created' });
    const { id, slug } = dataOf(result)!;
    expect(slug).toMatch(/^monitoring-civic-space-in-kenya-/);

    const editing = dataOf(await getPublicationForEditing(africa, id))!;
    expect(editing).toMatchObject({ status: 'DRAFT', editable: true });
    expect(editing.values).toMatchObject({
      authors: 'Amina Ndlovu\nTom Reyes',
      body: '## Findings\n\nThree things.',
      regions: ['africa'],
      countries: ['KE'],
      themes: ['early-warning'],
    });
    // Staff may send their own draft to a colleague for review, or publish it.
    expect(editing.steps).toEqual(['submit', 'publish', 'archive']);
    expect(editing.history).toMatchObject([{ fromStatus: null, toStatus: 'DRAFT' }]);
    expect(await auditOf(id)).toMatchObject([
      { action: 'publication.create', actorId: africa.id, ip: meta.ip, after: { slug, status: 'DRAFT' } },
    ]);
    // A draft is nobody's reading yet.
    expect(await libraryFor(null)).not.toContain(slug);
    expect(await getPublication(admin, slug)).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses bad fields beside them and writes nothing', async () => {
    const before = await db.publication.count();
    const result = await createPublication(
      africa,
      form({
        title: '  ',
        kind: 'MANIFESTO',
        publishedAt: '2027-02-30',
        embargoUntil: 'tomorrow',
        language: 'xx',
        sourceUrl: 'javascript:alert(1)',
        authors: 'x'.repeat(121),
      }),
      meta,
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        title: ['titleRequired'],
        kind: ['kindRequired'],
        publishedAt: ['dateInvalid'],
        embargoUntil: ['embargoInvalid'],
        language: ['languageRequired'],
        sourceUrl: ['websiteInvalid'],
        authors: ['authorTooLong'],
      },
    });
    expect(await createPublication(africa, form({ countries: ['ZZ'] }), meta)).toMatchObject({
      status: 400,
      fieldErrors: { countries: ['countryUnknown'] },
    });
    expect(await createPublication(africa, form({ themes: ['no-such-theme'] }), meta)).toMatchObject({
      status: 400,
      fieldErrors: { themes: ['themeUnknown'] },
    });
    expect(await db.publication.count()).toBe(before);
  });

  it('lets a coordinator limited to regions write and keep publications in those regions only', async () => {
    expect(await createPublication(europe, form(), meta)).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { regions: ['regionsNotYours'] },
    });
    // A piece in no region is everyone's: only staff of every region write it.
    expect(await createPublication(africa, form({ countries: [], regions: [] }), meta)).toMatchObject({
      status: 403,
      fieldErrors: { regions: ['regionsNotYours'] },
    });
    const { id } = dataOf(await createPublication(africa, form(), meta))!;
    expect(
      await updatePublication(africa, { ...form({ countries: ['KE', 'FR'] }), publicationId: id }, meta),
    ).toMatchObject({ status: 403, fieldErrors: { regions: ['regionsNotYours'] } });
    // Staff of another region know it exists but may not touch it.
    expect(await updatePublication(europe, { ...form(), publicationId: id }, meta)).toMatchObject({ status: 403 });
    expect(await transitionPublication(europe, { publicationId: id, transition: 'publish' }, meta)).toMatchObject({
      status: 403,
    });
    const listed = dataOf(await listManagedPublications(europe, { page: 1 }))!;
    expect(listed.items.map((item) => item.id)).not.toContain(id);
    expect(dataOf(await listManagedPublications(africa, { page: 1, status: 'DRAFT' }))!.items[0]?.id).toBe(id);
  });

  it('keeps slugs unique and old addresses working when a title changes', async () => {
    const title = `Toolkit on safety ${uniqueSuffix()}`;
    const first = dataOf(await createPublication(africa, form({ title }), meta))!;
    const second = dataOf(await createPublication(africa, form({ title }), meta))!;
    expect(second.slug).toBe(`${first.slug}-2`);

    const renamed = await updatePublication(
      africa,
      { ...form({ title: `${title} revised` }), publicationId: first.id },
      meta,
    );
    expect(renamed).toMatchObject({ ok: true, message: 'saved', data: { slug: `${first.slug}-revised` } });
    expect(await transitionPublication(africa, { publicationId: first.id, transition: 'publish' }, meta)).toMatchObject(
      { ok: true },
    );
    // The old address leads to the new one, for anyone who may read it.
    expect(await findMovedPublication(null, first.slug)).toBe(`${first.slug}-revised`);
    // A new piece with the old title does not take the old address.
    const third = dataOf(await createPublication(africa, form({ title }), meta))!;
    expect(third.slug).toBe(`${first.slug}-3`);
    // The old title back: its own old address is its again, and no longer an alias.
    await updatePublication(africa, { ...form({ title }), publicationId: first.id }, meta);
    expect(await db.publication.findUniqueOrThrow({ where: { id: first.id }, select: { slug: true } })).toEqual({
      slug: first.slug,
    });
    expect(await findMovedPublication(null, first.slug)).toBeNull();
    expect(await findMovedPublication(null, `${first.slug}-revised`)).toBe(first.slug);
    // Nothing changed is said so, and not audited.
    const audits = (await auditOf(first.id)).length;
    expect(await updatePublication(africa, { ...form({ title }), publicationId: first.id }, meta)).toMatchObject({
      message: 'noChanges',
    });
    expect(await auditOf(first.id)).toHaveLength(audits);
  });

  it('does not lead a visitor from an old address to a draft’s new title', async () => {
    const { id, slug } = dataOf(await createPublication(africa, form(), meta))!;
    await updatePublication(africa, { ...form({ title: `Secret plans ${uniqueSuffix()}` }), publicationId: id }, meta);
    expect(await findMovedPublication(null, slug)).toBeNull();
  });

  it('takes a shared resource through review: changes requested with a reason, resubmitted, approved, e-mailed', async () => {
    const shared = await createPublication(author, form({ linkUrl: 'example.org/report', body: '' }), meta);
    const { id } = dataOf(shared)!;
    const row = await db.publication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'DRAFT', submittedById: author.id, linkUrl: 'https://example.org/report' });
    expect(row.organizationId).toBe(author.organizationId);
    expect(dataOf(await getPublicationForEditing(author, id))!.steps).toEqual(['submit']);

    expect(await transitionPublication(author, { publicationId: id, transition: 'submit' }, meta)).toMatchObject({
      ok: true,
      message: 'submit',
      data: { status: 'IN_REVIEW' },
    });
    // In review, the author cannot change it (409: the state stops it, not the person)...
    expect(await updatePublication(author, { ...form(), publicationId: id }, meta)).toMatchObject({ status: 409 });
    // ...and nobody else learns it exists.
    expect(await getPublicationForEditing(otherMember, id)).toMatchObject({ status: 404 });
    expect(await transitionPublication(otherMember, { publicationId: id, transition: 'approve' }, meta)).toMatchObject({
      status: 403,
    });
    expect(await transitionPublication(null, { publicationId: id, transition: 'approve' }, meta)).toMatchObject({
      status: 401,
    });
    // Reviewers: staff of its region; the queue shows it to them only.
    expect(dataOf(await listReviewQueue(africa))!.map((item) => item.id)).toContain(id);
    expect(dataOf(await listReviewQueue(europe))!.map((item) => item.id)).not.toContain(id);
    expect(await listReviewQueue(author)).toMatchObject({ status: 403 });
    expect(await transitionPublication(europe, { publicationId: id, transition: 'approve' }, meta)).toMatchObject({
      status: 403,
    });

    // Asking for changes needs a coded reason; "other" needs words.
    expect(
      await transitionPublication(africa, { publicationId: id, transition: 'requestChanges' }, meta),
    ).toMatchObject({ status: 400, fieldErrors: { reasonCode: ['reasonRequired'] } });
    expect(
      await transitionPublication(
        africa,
        { publicationId: id, transition: 'requestChanges', reasonCode: 'other' },
        meta,
      ),
    ).toMatchObject({ status: 400, fieldErrors: { reasonText: ['reasonTextRequired'] } });
    expect(
      await transitionPublication(
        africa,
        {
          publicationId: id,
          transition: 'requestChanges',
          reasonCode: 'missingSource',
          reasonText: 'Please link the original report.',
        },
        meta,
      ),
    ).toMatchObject({ ok: true, data: { status: 'CHANGES_REQUESTED' } });
    const [changesMail] = await deliveredMail(authorEmail);
    expect(changesMail?.text).toContain('The source is missing or unclear');
    expect(changesMail?.text).toContain('Please link the original report.');
    expect(changesMail?.text).toContain('/account/submissions');

    const reworked = await updatePublication(
      author,
      {
        ...form({ source: 'Kenya Human Rights Commission', sourceUrl: 'https://khrc.example/report' }),
        publicationId: id,
      },
      meta,
    );
    expect(reworked).toMatchObject({ ok: true, message: 'saved' });
    await transitionPublication(author, { publicationId: id, transition: 'submit' }, meta);
    // The author may not approve their own resource.
    expect(await transitionPublication(author, { publicationId: id, transition: 'approve' }, meta)).toMatchObject({
      status: 403,
    });
    const approved = await transitionPublication(admin, { publicationId: id, transition: 'approve' }, meta);
    expect(approved).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });

    const published = await db.publication.findUniqueOrThrow({
      where: { id },
      select: { slug: true, publishedAt: true },
    });
    expect(published.publishedAt).not.toBeNull();
    expect(await libraryFor(null)).toContain(published.slug);
    const mails = await deliveredMail(authorEmail);
    expect(mails.at(-1)?.subject).toContain('published');
    expect(mails.at(-1)?.text).toContain(`/library/${published.slug}`);

    const history = dataOf(await getPublicationForEditing(author, id))!.history;
    expect(history.map((entry) => entry.toStatus)).toEqual([
      'DRAFT',
      'IN_REVIEW',
      'CHANGES_REQUESTED',
      'IN_REVIEW',
      'PUBLISHED',
    ]);
    expect(history[2]).toMatchObject({ reasonCode: 'missingSource', reasonText: 'Please link the original report.' });
    expect((await auditOf(id)).map((event) => event.action)).toEqual([
      'publication.create',
      'publication.submit',
      'publication.requestChanges',
      'publication.update',
      'publication.submit',
      'publication.approve',
    ]);
    expect(dataOf(await listOwnPublications(author))!.map((item) => item.id)).toContain(id);
  });

  it('takes one of two reviewers’ decisions made at the same moment, and refuses the other with 409', async () => {
    const { id } = dataOf(await createPublication(author, form(), meta))!;
    await transitionPublication(author, { publicationId: id, transition: 'submit' }, meta);
    const decisions = await Promise.all([
      transitionPublication(africa, { publicationId: id, transition: 'approve' }, meta),
      transitionPublication(admin, { publicationId: id, transition: 'reject', reasonCode: 'duplicate' }, meta),
    ]);
    expect(decisions.filter((decision) => decision.ok)).toHaveLength(1);
    expect(decisions.filter((decision) => !decision.ok)).toMatchObject([{ status: 409, message: 'notInThisState' }]);
    expect(await db.publicationTransition.count({ where: { publicationId: id } })).toBe(3);
  });

  it('lets a trusted organisation’s member publish without review, and nobody else', async () => {
    const mine = dataOf(await createPublication(author, form(), meta))!;
    expect(await transitionPublication(author, { publicationId: mine.id, transition: 'publish' }, meta)).toMatchObject({
      status: 403,
    });
    const trusted = dataOf(await createPublication(trustedAuthor, form(), meta))!;
    expect(
      await transitionPublication(trustedAuthor, { publicationId: trusted.id, transition: 'publish' }, meta),
    ).toMatchObject({ ok: true, data: { status: 'PUBLISHED' } });
    expect(await libraryFor(author)).toContain(trusted.slug);
  });

  it('keeps an embargoed publication from every reader until its time', async () => {
    const embargoUntil = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    const { id, slug } = dataOf(await createPublication(africa, form({ embargoUntil }), meta))!;
    expect(dataOf(await getPublicationForEditing(africa, id))!.values.embargoUntil).toBe(embargoUntil);
    await transitionPublication(africa, { publicationId: id, transition: 'publish' }, meta);
    expect(await libraryFor(null)).not.toContain(slug);
    expect(await libraryFor(admin)).not.toContain(slug);
    expect(await getPublication(author, slug)).toMatchObject({ status: 404 });
    // Once the time has come (here: moved into the past), it is there.
    await db.publication.update({ where: { id }, data: { embargoUntil: new Date(Date.now() - 1000) } });
    expect(await getPublication(null, slug)).toMatchObject({ ok: true });
  });

  it('unpublishes, archives and restores; counts by state follow', async () => {
    const { id, slug } = dataOf(await createPublication(africa, form(), meta))!;
    const countsBefore = dataOf(await listManagedPublications(africa, { page: 1 }))!.counts;
    for (const transition of ['publish', 'unpublish', 'archive'] as const) {
      expect(await transitionPublication(africa, { publicationId: id, transition }, meta)).toMatchObject({ ok: true });
    }
    expect(await libraryFor(null)).not.toContain(slug);
    // Archived: nothing but restoring.
    expect(dataOf(await getPublicationForEditing(africa, id))).toMatchObject({ editable: false, steps: ['restore'] });
    expect(await updatePublication(africa, { ...form(), publicationId: id }, meta)).toMatchObject({ status: 409 });
    const counts = dataOf(await listManagedPublications(africa, { page: 1 }))!.counts;
    expect(counts.ARCHIVED).toBe((countsBefore.ARCHIVED ?? 0) + 1);
    expect(counts.DRAFT).toBe((countsBefore.DRAFT ?? 0) - 1);
    // A step that does not lead from here is refused, and a step that does not exist too.
    expect(await transitionPublication(africa, { publicationId: id, transition: 'approve' }, meta)).toMatchObject({
      status: 409,
    });
    expect(await transitionPublication(africa, { publicationId: id, transition: 'delete' }, meta)).toMatchObject({
      status: 400,
      fieldErrors: { transition: ['transitionUnknown'] },
    });
    expect(await transitionPublication(africa, { publicationId: id, transition: 'restore' }, meta)).toMatchObject({
      ok: true,
      data: { status: 'DRAFT' },
    });
    expect(await listManagedPublications(author, { page: 1 })).toMatchObject({ status: 403 });
    expect(await createPublication(null, form(), meta)).toMatchObject({ status: 401 });
  });

  it('previews a draft as readers will see it, for its author and staff only', async () => {
    const draft = dataOf(await createPublication(author, form({ title: `Draft to preview ${uniqueSuffix()}` }), meta))!;
    const preview = await getPublicationPreview(author, draft.id);
    expect(preview).toMatchObject({
      ok: true,
      data: { status: 'DRAFT', isAuthor: true, body: '## Findings\n\nThree things.' },
    });
    expect(await getPublicationPreview(europe, draft.id)).toMatchObject({ ok: true, data: { isAuthor: false } });
    expect(await getPublicationPreview(otherMember, draft.id)).toMatchObject({ status: 404 });
    expect(await getPublicationPreview(null, draft.id)).toMatchObject({ status: 401 });
    // Not in the library yet.
    expect(await getPublication(null, draft.slug)).toMatchObject({ status: 404 });
  });

  it('relates publications by theme, then region, only those the viewer may read', async () => {
    const theme = await db.theme.create({
      data: { slug: `related-${uniqueSuffix()}`, label: `Related ${uniqueSuffix()}` },
    });
    const published = async (overrides: Partial<Record<keyof PublicationInput, string | string[]>>) => {
      const { id, slug } = dataOf(await createPublication(africa, form(overrides), meta))!;
      await transitionPublication(africa, { publicationId: id, transition: 'publish' }, meta);
      return slug;
    };
    const subject = await published({ themes: [theme.slug] });
    const sibling = await published({ themes: [theme.slug] });
    const membersOnly = await published({ themes: [theme.slug], visibility: 'MEMBERS' });
    const sameRegion = [
      await published({ themes: [] }),
      await published({ themes: [] }),
      await published({ themes: [] }),
    ];
    const detail = dataOf(await getPublication(null, subject))!;
    const forVisitor = (await listRelatedPublications(null, detail)).map((item) => item.slug);
    expect(forVisitor[0]).toBe(sibling);
    expect(forVisitor).not.toContain(subject);
    expect(forVisitor).not.toContain(membersOnly);
    // Fewer than four share the theme: the rest come from its region (Kenya's: Africa).
    expect(forVisitor).toHaveLength(4);
    expect(forVisitor.slice(1).some((slug) => sameRegion.includes(slug))).toBe(true);
    const regionsOf = await db.publication.findMany({
      where: { slug: { in: forVisitor.slice(1) } },
      select: { regions: { select: { slug: true } } },
    });
    expect(regionsOf.every((row) => row.regions.some((region) => region.slug === 'africa'))).toBe(true);
    const forMember = (await listRelatedPublications(author, detail)).map((item) => item.slug);
    expect(forMember.slice(0, 2).sort()).toEqual([sibling, membersOnly].sort());
  });
});
