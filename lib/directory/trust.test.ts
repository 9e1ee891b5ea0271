// An admin marks an organisation trusted: its members then publish what they share without review.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { createPublication } from '@/lib/publications/mutations';
import { getPublicationForEditing } from '@/lib/publications/queries';
import { publicationFormValues } from '@/lib/testing/publications';
import { dataOf } from '@/lib/testing/results';
import { viewerOf } from '@/lib/testing/viewers';
import { createMember, createOrganization, ensureReferenceData, uniqueSuffix } from '@/prisma/seed/factories';
import { setOrganizationTrust } from './mutations';
import { getOrganization } from './queries';

const meta = { ip: '192.0.2.42' };

describe('trusted organisations', () => {
  let admin: Viewer;
  let coordinator: Viewer;
  let author: Viewer;
  let organization: { id: string; slug: string };

  beforeAll(async () => {
    await ensureReferenceData(db);
    const africa = await db.region.findUniqueOrThrow({ where: { slug: 'africa' }, select: { id: true } });
    admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    coordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [
      africa.id,
    ]);
    organization = await createOrganization(db, { countries: ['KE'] });
    author = viewerOf(await createMember(db, { organizationId: organization.id }));
  });

  const stepsOfNewDraft = async () => {
    const draft = dataOf(
      await createPublication(
        author,
        publicationFormValues({ title: `Shared note ${uniqueSuffix()}`, kind: 'STATEMENT' }),
        meta,
      ),
    )!;
    return dataOf(await getPublicationForEditing(author, draft.id))!.steps;
  };

  it('lets its members publish directly once an admin trusts it, and review again once not', async () => {
    expect(await stepsOfNewDraft()).toEqual(['submit']);
    expect(await setOrganizationTrust(admin, { organizationId: organization.id, trusted: 'true' }, meta)).toMatchObject(
      {
        ok: true,
        message: 'trusted',
      },
    );
    expect(await stepsOfNewDraft()).toEqual(expect.arrayContaining(['submit', 'publish']));
    // The admin sees the mark on the profile; nobody else is told.
    expect(dataOf(await getOrganization(admin, organization.slug))?.trusted).toBe(true);
    expect(dataOf(await getOrganization(coordinator, organization.slug))?.trusted).toBeNull();
    expect(dataOf(await getOrganization(null, organization.slug))?.trusted).toBeNull();

    await setOrganizationTrust(admin, { organizationId: organization.id, trusted: 'false' }, meta);
    expect(await stepsOfNewDraft()).toEqual(['submit']);
    const audit = await db.auditEvent.findMany({
      where: { subjectType: 'Organization', subjectId: organization.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: 'organization.trusted', actorId: admin.id },
      { action: 'organization.untrusted', actorId: admin.id },
    ]);
  });

  it('is for admins only, and refuses an unknown organisation or a malformed switch', async () => {
    const input = { organizationId: organization.id, trusted: 'true' };
    expect(await setOrganizationTrust(null, input, meta)).toMatchObject({ status: 401 });
    expect(await setOrganizationTrust(author, input, meta)).toMatchObject({ status: 403 });
    expect(await setOrganizationTrust(coordinator, input, meta)).toMatchObject({ status: 403 });
    expect(await setOrganizationTrust(admin, { organizationId: 'nope', trusted: 'true' }, meta)).toMatchObject({
      status: 404,
    });
    expect(await setOrganizationTrust(admin, { organizationId: organization.id, trusted: 'yes' }, meta)).toMatchObject({
      status: 400,
    });
    expect((await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).trusted).toBe(false);
  });
});
