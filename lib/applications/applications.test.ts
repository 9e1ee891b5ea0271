import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { deliveredMail } from '@/lib/testing/mail';
import { demoOrganizations } from '@/prisma/seed/content/organizations';
import { createMember, createOrganization, ensureReferenceData, slugOf, uniqueSuffix } from '@/prisma/seed/factories';
import { approveApplication, rejectApplication, submitApplication } from './mutations';
import { getApplication, listApplications, listJoinOptions } from './queries';
import { parseApplicationFilters, type ApplicationInput } from './schemas';
import { standardThemes } from '@/prisma/seed/themes';
import { fromFreshAddress } from '@/lib/testing/addresses';
import { viewerOf } from '@/lib/testing/viewers';

const meta = { ip: '203.0.113.7' };

/** Applications come from many senders: each gets an address of its own, below the per-address limit. */
const fromNewSender = fromFreshAddress;

function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  const suffix = uniqueSuffix();
  return {
    organizationName: `Andean Monitors ${suffix}`,
    organizationType: 'NGO',
    category: 'MEMBER',
    description: 'We document attacks on civilians in the Andes and train community monitors.',
    website: 'example.org/andean',
    countries: ['CO', 'PE'],
    regions: [],
    themes: ['early-warning', 'civilian-protection'],
    contactName: 'Ana Quispe',
    contactEmail: `Ana.${suffix}@Example.org`,
    contactRole: 'Director',
    message: '',
    consent: 'yes',
    ...overrides,
  };
}

/** Rows that a review may create or change, to check that a refusal changes nothing. */
async function snapshot() {
  const [organizations, members, tokens, events, pending] = await Promise.all([
    db.organization.count(),
    db.member.count(),
    db.memberToken.count(),
    db.auditEvent.count(),
    db.membershipApplication.count({ where: { status: 'PENDING' } }),
  ]);
  return { organizations, members, tokens, events, pending };
}

async function submitted(overrides: Partial<ApplicationInput> = {}) {
  const input = applicationInput(overrides);
  const result = await submitApplication(null, input, fromNewSender());
  if (!result.ok || !result.data) throw new Error(`could not submit: ${JSON.stringify(result)}`);
  return { id: result.data.id, input, email: input.contactEmail.toLowerCase() };
}

describe('membership applications', () => {
  let regionIds: Map<string, string>;
  let admin: Viewer;
  let americasCoordinator: Viewer;
  let africaCoordinator: Viewer;
  let unscopedCoordinator: Viewer;
  let plainMember: Viewer;

  beforeAll(async () => {
    regionIds = await ensureReferenceData(db);
    const region = (slug: string) => regionIds.get(slug)!;
    admin = viewerOf(await createMember(db, { role: 'ADMIN' }));
    americasCoordinator = viewerOf(
      await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['americas', 'europe'] }),
      [region('americas'), region('europe')],
    );
    africaCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR', coordinatorRegions: ['africa'] }), [
      region('africa'),
    ]);
    unscopedCoordinator = viewerOf(await createMember(db, { role: 'COORDINATOR' }));
    const organization = await createOrganization(db);
    plainMember = viewerOf(await createMember(db, { organizationId: organization.id }));
  });

  describe('applying', () => {
    it('refuses missing and malformed fields beside each field and stores nothing', async () => {
      const before = await snapshot();
      const result = await submitApplication(
        null,
        {
          organizationName: ' ',
          description: 'short',
          website: 'not a web address',
          countries: [],
          themes: ['Astrology!'],
          contactName: '',
          contactEmail: 'nobody',
        },
        meta,
      );
      expect(result).toMatchObject({ ok: false, status: 400, message: 'invalidInput' });
      const fieldErrors = result.ok ? {} : result.fieldErrors!;
      expect(fieldErrors.organizationName?.[0]).toBe('organizationNameRequired');
      expect(fieldErrors.organizationType?.[0]).toBe('organizationTypeRequired');
      expect(fieldErrors.category?.[0]).toBe('categoryRequired');
      expect(fieldErrors.description?.[0]).toBe('descriptionTooShort');
      expect(fieldErrors.website?.[0]).toBe('websiteInvalid');
      expect(fieldErrors.countries?.[0]).toBe('countriesRequired');
      expect(fieldErrors.themes?.[0]).toBe('themeUnknown');
      expect(fieldErrors.contactName?.[0]).toBe('contactNameRequired');
      expect(fieldErrors.contactEmail?.[0]).toBe('emailInvalid');
      expect(fieldErrors.consent?.[0]).toBe('consentRequired');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses countries, regions and themes that are not in the list', async () => {
      const before = await snapshot();
      expect(await submitApplication(null, applicationInput({ countries: ['XX'] }), fromNewSender())).toMatchObject({
        ok: false,
        fieldErrors: { countries: ['countryUnknown'] },
      });
      expect(await submitApplication(null, applicationInput({ regions: ['atlantis'] }), fromNewSender())).toMatchObject(
        {
          ok: false,
          fieldErrors: { regions: ['regionUnknown'] },
        },
      );
      expect(await submitApplication(null, applicationInput({ themes: ['astrology'] }), fromNewSender())).toMatchObject(
        {
          ok: false,
          fieldErrors: { themes: ['themeUnknown'] },
        },
      );
      expect(await snapshot()).toEqual(before);
    });

    it('stores a PENDING application with the regions of its countries, one audit event, and mails an acknowledgement', async () => {
      const input = applicationInput({
        countries: ['CO'],
        regions: ['europe'],
        message: 'We met at the Bogotá workshop.',
      });
      const before = await snapshot();
      const result = await submitApplication(null, input, meta);
      expect(result).toMatchObject({ ok: true, message: 'submitted' });
      const id = result.ok ? result.data.id : '';
      const stored = await db.membershipApplication.findUniqueOrThrow({
        where: { id },
        include: { countries: true, regions: { orderBy: { sortOrder: 'asc' } }, themes: { orderBy: { slug: 'asc' } } },
      });
      expect(stored).toMatchObject({
        status: 'PENDING',
        organizationName: input.organizationName,
        contactEmail: input.contactEmail.toLowerCase(),
        website: 'https://example.org/andean',
        contactRole: 'Director',
        message: 'We met at the Bogotá workshop.',
        organizationId: null,
      });
      expect(stored.themes.map((theme) => theme.slug)).toEqual(['civilian-protection', 'early-warning']);
      expect(stored.countries.map((country) => country.code)).toEqual(['CO']);
      expect(stored.regions.map((region) => region.slug)).toEqual(['americas', 'europe']);

      const events = await db.auditEvent.findMany({ where: { subjectId: id } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'application.submit',
        actorId: null,
        ip: meta.ip,
        subjectType: 'MembershipApplication',
      });
      expect(await snapshot()).toMatchObject({ ...before, events: before.events + 1, pending: before.pending + 1 });

      const mail = await deliveredMail(input.contactEmail);
      expect(mail).toHaveLength(1);
      // The sender's words go in the body only, never in the subject (which mail clients show first).
      expect(mail[0]!.subject).toBe('We received your application to join Coalition for Civilian Protection');
      expect(mail[0]!.text).toContain(input.organizationName);
      expect(mail[0]!.text).toContain('Dear Ana Quispe');
    });

    it('refuses a second pending application from the same email, and an organisation that is already a member', async () => {
      const first = await submitted();
      const again = await submitApplication(
        null,
        applicationInput({ contactEmail: first.input.contactEmail.toUpperCase() }),
        meta,
      );
      expect(again).toMatchObject({ ok: false, status: 409, fieldErrors: { contactEmail: ['applicationPending'] } });

      const existing = await createOrganization(db);
      const member = await submitApplication(
        null,
        applicationInput({ organizationName: `${existing.name}!` }),
        fromNewSender(),
      );
      expect(member).toMatchObject({
        ok: false,
        status: 409,
        fieldErrors: { organizationName: ['organizationExists'] },
      });
    });

    it('takes 10 applications an hour from one address and 3 a day naming one contact address', async () => {
      const sender = fromNewSender();
      for (let count = 0; count < 10; count += 1) {
        expect(await submitApplication(null, applicationInput(), sender)).toMatchObject({ ok: true });
      }
      const before = await snapshot();
      const eleventh = await submitApplication(null, applicationInput(), sender);
      expect(eleventh).toMatchObject({
        ok: false,
        status: 429,
        message: 'tooManyApplications',
        params: { minutes: 60, hours: 0 },
      });
      expect(await snapshot()).toEqual(before);
      // Another sender is not held back by this one.
      expect(await submitApplication(null, applicationInput(), fromNewSender())).toMatchObject({ ok: true });

      // One inbox, from three senders (rejected in between, so the pending rule does not answer first).
      const inbox = `Flooded.${uniqueSuffix()}@Example.org`;
      for (let count = 0; count < 3; count += 1) {
        const sent = await submitApplication(null, applicationInput({ contactEmail: inbox }), fromNewSender());
        expect(sent).toMatchObject({ ok: true });
        await db.membershipApplication.update({
          where: { id: sent.ok ? sent.data.id : '' },
          data: { status: 'REJECTED' },
        });
      }
      expect(await submitApplication(null, applicationInput({ contactEmail: inbox }), fromNewSender())).toMatchObject({
        ok: false,
        status: 429,
      });
      expect(await deliveredMail(inbox.toLowerCase())).toHaveLength(3);
    });

    it('offers every theme of the vocabulary, and the demo content uses only those', async () => {
      const offered = (await listJoinOptions()).themes.map((theme) => theme.slug);
      expect(offered).toEqual(expect.arrayContaining(standardThemes.map((theme) => theme.slug)));
      const used = new Set(demoOrganizations.flatMap((organization) => organization.themes));
      expect([...used].every((slug) => offered.includes(slug))).toBe(true);
    });
  });

  describe('the address the directory shows', () => {
    it('is the general one the applicant gave, members only unless they chose everyone, never their own', async () => {
      const kept = await submitted({ countries: ['CO'], publicEmail: ' Info@Andean.example.org ' });
      expect(await approveApplication(admin, { id: kept.id }, meta)).toMatchObject({ ok: true });
      expect(
        await db.organization.findUniqueOrThrow({
          where: { slug: slugOf(kept.input.organizationName) },
          select: { contactEmail: true, contactEmailVisibility: true },
        }),
      ).toEqual({ contactEmail: 'info@andean.example.org', contactEmailVisibility: 'MEMBERS' });

      const shown = await submitted({
        countries: ['CO'],
        publicEmail: 'desk@andean.example.org',
        publicEmailVisibility: 'PUBLIC',
      });
      expect(await approveApplication(admin, { id: shown.id }, meta)).toMatchObject({ ok: true });
      const organization = await db.organization.findUniqueOrThrow({
        where: { slug: slugOf(shown.input.organizationName) },
        select: { contactEmail: true, contactEmailVisibility: true },
      });
      expect(organization).toEqual({ contactEmail: 'desk@andean.example.org', contactEmailVisibility: 'PUBLIC' });
      expect(organization.contactEmail).not.toBe(shown.email);
    });

    it('refuses a malformed one beside its field', async () => {
      expect(
        await submitApplication(null, applicationInput({ publicEmail: 'not an address' }), fromNewSender()),
      ).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { publicEmail: ['emailInvalid'] },
      });
    });
  });

  describe('listing and reading', () => {
    it('shows each coordinator the applications of their regions, newest first; all to admins', async () => {
      const americas = await submitted({ countries: ['CO'] });
      const africa = await submitted({ countries: ['KE'] });
      const pending = parseApplicationFilters({});
      const idsFor = async (viewer: Viewer | null) =>
        (await listApplications(viewer, pending)).items
          .map((item) => item.id)
          .filter((id) => [americas.id, africa.id].includes(id));

      expect(await idsFor(admin)).toEqual([africa.id, americas.id]);
      expect(await idsFor(unscopedCoordinator)).toEqual([africa.id, americas.id]);
      expect(await idsFor(americasCoordinator)).toEqual([americas.id]);
      expect(await idsFor(africaCoordinator)).toEqual([africa.id]);
      expect(await idsFor(plainMember)).toEqual([]);
      expect(await idsFor(null)).toEqual([]);
      const list = await listApplications(americasCoordinator, pending);
      expect(list.counts.PENDING).toBe(list.total);

      expect(await getApplication(americasCoordinator, americas.id)).toMatchObject({
        ok: true,
        data: { id: americas.id, contactEmail: americas.email },
      });
      // Outside one's regions an application is answered as unknown; non-staff are refused.
      expect(await getApplication(americasCoordinator, africa.id)).toMatchObject({ ok: false, status: 404 });
      expect(await getApplication(plainMember, americas.id)).toMatchObject({ ok: false, status: 403 });
      expect(await getApplication(null, americas.id)).toMatchObject({ ok: false, status: 401 });
      expect(await getApplication(admin, 'no-such-record')).toMatchObject({ ok: false, status: 404 });
    });
  });

  describe('approving', () => {
    it('as an admin: creates the organisation, an invited member of it, an invitation, the audit events, and mails the link', async () => {
      const { id, input, email } = await submitted({
        countries: ['CO'],
        category: 'SUPPORTER',
        organizationType: 'MEDIA',
      });
      const before = await snapshot();
      const result = await approveApplication(admin, { id }, meta);
      expect(result).toMatchObject({
        ok: true,
        message: 'approved',
        data: { organizationSlug: slugOf(input.organizationName) },
      });

      const organization = await db.organization.findUniqueOrThrow({
        where: { slug: slugOf(input.organizationName) },
        include: { countries: true, regions: true, members: true, themes: true },
      });
      expect(organization).toMatchObject({
        name: input.organizationName,
        type: 'MEDIA',
        category: 'SUPPORTER',
        status: 'ACTIVE',
        description: input.description,
        website: 'https://example.org/andean',
        // The contact person's own address is not the organisation's public one.
        contactEmail: null,
      });
      expect(organization.themes.map((theme) => theme.slug).sort()).toEqual([...input.themes].sort());
      expect(organization.joinedAt).toBeInstanceOf(Date);
      expect(organization.countries.map((country) => country.code)).toEqual(['CO']);
      expect(organization.regions.map((region) => region.slug)).toEqual(['americas']);
      expect(organization.members).toHaveLength(1);
      const member = organization.members[0]!;
      expect(member).toMatchObject({
        email,
        name: input.contactName,
        role: 'MEMBER',
        status: 'INVITED',
        passwordHash: null,
        // The contact person runs the new organisation's team (lib/teams).
        organizationAdmin: true,
      });

      const application = await db.membershipApplication.findUniqueOrThrow({ where: { id } });
      expect(application).toMatchObject({
        status: 'APPROVED',
        reviewedById: admin.id,
        organizationId: organization.id,
      });
      expect(application.reviewedAt).toBeInstanceOf(Date);

      const tokens = await db.memberToken.findMany({ where: { memberId: member.id } });
      expect(tokens).toMatchObject([{ purpose: 'INVITATION', usedAt: null }]);

      const events = await db.auditEvent.findMany({
        where: { subjectId: { in: [id, organization.id, member.id] }, action: { not: 'application.submit' } },
        orderBy: { action: 'asc' },
      });
      expect(events.map((event) => [event.action, event.subjectId, event.actorId, event.ip])).toEqual([
        ['application.approve', id, admin.id, meta.ip],
        ['member.invite', member.id, admin.id, meta.ip],
        ['organization.create', organization.id, admin.id, meta.ip],
      ]);
      expect(await snapshot()).toEqual({
        organizations: before.organizations + 1,
        members: before.members + 1,
        tokens: before.tokens + 1,
        events: before.events + 3,
        pending: before.pending - 1,
      });

      const invitation = (await deliveredMail(email)).at(-1)!;
      expect(invitation.subject).toBe(
        'Welcome to Coalition for Civilian Protection: your organisation is now a member',
      );
      expect(invitation.text).toContain(input.organizationName);
      const link = /http:\/\/\S+\/set-password\/(\S+)/.exec(invitation.text);
      expect(link).not.toBeNull();
      // The link's token is the one stored (only its hash is).
      const { findValidMemberToken } = await import('@/lib/auth/member-tokens');
      expect((await findValidMemberToken('INVITATION', link![1]!))?.member.id).toBe(member.id);
    });

    it('by a coordinator of the region: links an existing account without organisation instead of inviting', async () => {
      const person = await createMember(db, { email: `existing-${uniqueSuffix()}@example.org` });
      const { id, input } = await submitted({ countries: ['PE'], contactEmail: person.email });
      const result = await approveApplication(americasCoordinator, { id }, meta);
      expect(result).toMatchObject({ ok: true, message: 'approvedLinked' });
      const organization = await db.organization.findUniqueOrThrow({ where: { slug: slugOf(input.organizationName) } });
      expect(await db.member.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
        organizationId: organization.id,
        status: 'ACTIVE',
      });
      expect(await db.memberToken.count({ where: { memberId: person.id } })).toBe(0);
      expect(await db.auditEvent.findFirst({ where: { subjectId: person.id } })).toMatchObject({
        action: 'member.update',
        before: { organizationId: null },
        after: { organizationId: organization.id },
      });
      expect((await deliveredMail(person.email)).at(-1)!.text).toContain('/sign-in');
    });

    it('refuses a contact person who belongs to another organisation, and changes nothing', async () => {
      const other = await createOrganization(db);
      const person = await createMember(db, { organizationId: other.id });
      const { id } = await submitted({ contactEmail: person.email });
      const before = await snapshot();
      expect(await approveApplication(admin, { id }, meta)).toEqual({
        ok: false,
        status: 409,
        message: 'contactInOtherOrganization',
      });
      expect(await snapshot()).toEqual(before);
      expect(await db.membershipApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: 'PENDING',
        reviewedById: null,
      });
    });

    it('refuses when an organisation of the same name joined in the meantime', async () => {
      const { id, input } = await submitted();
      await createOrganization(db, { name: input.organizationName });
      const before = await snapshot();
      expect(await approveApplication(admin, { id }, meta)).toMatchObject({
        status: 409,
        message: 'organizationExists',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('is refused to a coordinator of another region (403), a plain member (403) and a visitor (401), changing nothing', async () => {
      const { id, email } = await submitted({ countries: ['CO'] });
      const before = await snapshot();
      const outboxBefore = (await deliveredMail(email)).length;
      expect(await approveApplication(africaCoordinator, { id }, meta)).toEqual({
        ok: false,
        status: 403,
        message: 'forbidden',
      });
      expect(await approveApplication(plainMember, { id }, meta)).toEqual({
        ok: false,
        status: 403,
        message: 'forbidden',
      });
      expect(await approveApplication(null, { id }, meta)).toEqual({
        ok: false,
        status: 401,
        message: 'signInRequired',
      });
      expect(
        await rejectApplication(africaCoordinator, { id, reason: 'Not in our regions at all.' }, meta),
      ).toMatchObject({
        status: 403,
      });
      expect(await snapshot()).toEqual(before);
      expect(await db.membershipApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PENDING' });
      expect(await deliveredMail(email)).toHaveLength(outboxBefore);
    });

    it('answers 404 for an unknown application', async () => {
      expect(await approveApplication(admin, { id: 'no-such-record' }, meta)).toMatchObject({ ok: false, status: 404 });
      expect(await approveApplication(admin, {}, meta)).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { id: ['applicationRequired'] },
      });
    });
  });

  describe('rejecting', () => {
    it('requires a reason of 10 to 2000 characters', async () => {
      const { id } = await submitted();
      const before = await snapshot();
      expect(await rejectApplication(admin, { id }, meta)).toMatchObject({
        status: 400,
        fieldErrors: { reason: ['reasonRequired'] },
      });
      expect(await rejectApplication(admin, { id, reason: 'Too short' }, meta)).toMatchObject({
        status: 400,
        fieldErrors: { reason: ['reasonTooShort'] },
      });
      expect(await rejectApplication(admin, { id, reason: 'x'.repeat(2001) }, meta)).toMatchObject({
        status: 400,
        fieldErrors: { reason: ['reasonTooLong'] },
      });
      expect(await snapshot()).toEqual(before);
    });

    it('marks the application rejected with the reason and an audit event, and mails the reason', async () => {
      const { id, email } = await submitted({ countries: ['FR'] });
      const reason = 'Your work is outside the scope of the coalition.';
      expect(await rejectApplication(americasCoordinator, { id, reason: `  ${reason} ` }, meta)).toEqual({
        ok: true,
        message: 'rejected',
      });
      const application = await db.membershipApplication.findUniqueOrThrow({ where: { id } });
      expect(application).toMatchObject({
        status: 'REJECTED',
        reviewNote: reason,
        reviewedById: americasCoordinator.id,
      });
      expect(await db.auditEvent.findFirst({ where: { subjectId: id, action: 'application.reject' } })).toMatchObject({
        actorId: americasCoordinator.id,
        before: { status: 'PENDING' },
        after: { status: 'REJECTED', reviewNote: reason },
      });
      expect((await deliveredMail(email)).at(-1)!.text).toContain(reason);
    });
  });

  it('answers a second review with 409 and changes nothing', async () => {
    const approved = await submitted();
    expect((await approveApplication(admin, { id: approved.id }, meta)).ok).toBe(true);
    const rejected = await submitted();
    expect(
      (await rejectApplication(admin, { id: rejected.id, reason: 'Outside the scope of our work.' }, meta)).ok,
    ).toBe(true);

    const before = await snapshot();
    for (const id of [approved.id, rejected.id]) {
      expect(await approveApplication(admin, { id }, meta)).toEqual({
        ok: false,
        status: 409,
        message: 'alreadyReviewed',
      });
      expect(await rejectApplication(admin, { id, reason: 'Changed our mind about it.' }, meta)).toEqual({
        ok: false,
        status: 409,
        message: 'alreadyReviewed',
      });
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.membershipApplication.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({
      status: 'REJECTED',
      reviewNote: 'Outside the scope of our work.',
    });
  });

  it('lets only one of two simultaneous reviews through', async () => {
    const { id } = await submitted();
    const results = await Promise.all([
      approveApplication(admin, { id }, meta),
      rejectApplication(unscopedCoordinator, { id, reason: 'Rejected at the same moment.' }, meta),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ status: 409, message: 'alreadyReviewed' }]);
  });
});
