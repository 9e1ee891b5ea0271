import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { createTheme, renameTheme } from './mutations';
import { listThemes, listThemesForManaging } from './queries';

const meta = { ip: '192.0.2.7' };
describe('the themes vocabulary', () => {
  let coordinator: Viewer;
  let member: Viewer;

  beforeAll(async () => {
    await ensureReferenceData(db);
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }));
    member = viewerOf(await createMember(db));
  });

  const auditOf = (subjectId: string) =>
    db.auditEvent.findMany({ where: { subjectType: 'Theme', subjectId }, orderBy: { createdAt: 'asc' } });

  it('lets staff add a theme, with a slug made from its label, offered to every form, and audited', async () => {
    const label = `Civic  space ${uniqueSuffix()}`;
    const result = await createTheme(coordinator, { label }, meta);
    const tidy = label.replace(/\s+/g, ' ');
    expect(result).toMatchObject({ ok: true, message: 'created', data: { label: tidy } });
    const { slug } = dataOf(result)!;
    expect(slug).toMatch(/^civic-space-/);
    expect((await listThemes()).map((theme) => theme.slug)).toContain(slug);
    const theme = await db.theme.findUniqueOrThrow({ where: { slug } });
    expect(await auditOf(theme.id)).toMatchObject([
      { action: 'theme.create', actorId: coordinator.id, ip: '192.0.2.7', after: { slug, label: tidy } },
    ]);
  });

  it('refuses a label another theme has, whatever its case, and a label without letters', async () => {
    expect(await createTheme(coordinator, { label: 'Early Warning' }, meta)).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { label: ['themeExists'] },
    });
    expect(await createTheme(coordinator, { label: ' !!! ' }, meta)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { label: ['labelInvalid'] },
    });
    expect(await createTheme(coordinator, { label: 'x'.repeat(61) }, meta)).toMatchObject({
      fieldErrors: { label: ['labelTooLong'] },
    });
  });

  it('rewords a theme and keeps its slug, so tagged organisations show the new label', async () => {
    const slug = `reworded-${uniqueSuffix()}`;
    const organization = await createOrganization(db, { themes: [slug] });
    const label = `conflict prevention ${uniqueSuffix()}`;
    expect(await renameTheme(coordinator, { slug, label }, meta)).toMatchObject({ ok: true, message: 'saved' });
    const tagged = await db.organization.findUniqueOrThrow({
      where: { id: organization.id },
      select: { themes: { select: { slug: true, label: true } } },
    });
    expect(tagged.themes).toEqual([{ slug, label }]);
    expect(await renameTheme(coordinator, { slug, label }, meta)).toMatchObject({ ok: true, message: 'noChanges' });
    expect(await renameTheme(coordinator, { slug, label: 'youth' }, meta)).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { label: ['themeExists'] },
    });
    expect(await renameTheme(coordinator, { slug: `no-such-${uniqueSuffix()}`, label: 'x' }, meta)).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it('refuses members (403) and visitors (401), and changes nothing', async () => {
    const before = await db.theme.findMany({ orderBy: { slug: 'asc' } });
    expect(await createTheme(member, { label: `member theme ${uniqueSuffix()}` }, meta)).toMatchObject({ status: 403 });
    expect(await createTheme(null, { label: `visitor theme ${uniqueSuffix()}` }, meta)).toMatchObject({ status: 401 });
    expect(await renameTheme(member, { slug: 'youth', label: 'young people' }, meta)).toMatchObject({ status: 403 });
    expect(await db.theme.findMany({ orderBy: { slug: 'asc' } })).toEqual(before);
    expect(await listThemesForManaging(member)).toMatchObject({ ok: false, status: 403 });
  });

  it('lists every theme for staff with how often it is used', async () => {
    const slug = `counted-${uniqueSuffix()}`;
    await createOrganization(db, { themes: [slug] });
    await createOrganization(db, { themes: [slug], status: 'APPLIED' });
    const themes = dataOf(await listThemesForManaging(coordinator))!;
    expect(themes.find((theme) => theme.slug === slug)?.uses).toEqual({
      organizations: 2,
      publications: 0,
      applications: 0,
    });
  });
});
