// Membership applications: an organisation applies at /join; a coordinator of its regions (or an
// admin) approves it, which creates the Organization and invites its contact person as a Member, or
// rejects it with a reason the applicant is sent. Every function takes the viewer first and plain
// input, and returns a result instead of throwing, so the 'use server' wrappers (actions.ts) stay
// thin and the rules are tested without a request. The reads are in queries.ts.
//
// The review order: who is asking -> may they review applications at all -> parse the id -> load
// the application -> may they review this one (its regions) -> parse the rest -> one transaction with
// its audit events -> mail. The policy needs the application's regions, so the id is read first.
import 'server-only';
import { unknownThemes } from '@/lib/themes/queries';
import { getTranslations } from 'next-intl/server';
import { changedFields, recordAuditEvent } from '@/lib/audit/record';
import { issueMemberToken } from '@/lib/auth/member-tokens';
import { can, type MaybeViewer, type Viewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import type { RequestMeta } from '@/lib/auth/request';
import { denied, fieldRefusal, invalid, missing, refused, type Refusal, type Result } from '@/lib/forms/result';
import { type Prisma } from '@/lib/generated/prisma/client';
import { queueMail } from '@/lib/mail/outbox';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';
import { consumeLimits } from '@/lib/auth/rate-limit';
import { slugOf } from '@/prisma/seed/factories';
import { isUniqueViolation } from '@/lib/database/errors';
import { applicationSchema, approveApplicationSchema, rejectApplicationSchema } from './schemas';

/** A refusal of the whole form with a key of `applications.errors`. */
const conflict = (key: ReviewConflictKey) => refused(409, key);

type ReviewConflictKey = 'alreadyReviewed' | 'organizationExists' | 'contactInOtherOrganization' | 'contactSuspended';

/** Thrown inside a review transaction to roll it back; answered with 409. */
class ReviewConflict extends Error {
  constructor(readonly key: ReviewConflictKey) {
    super(key);
  }
}

async function mailTexts() {
  return getTranslations({ locale: 'en', namespace: 'applications.mail' });
}

// ─── Applying ────────────────────────────────────────────────────────────────

/**
 * Stores an application (PENDING) with its audit event and mails the contact person an
 * acknowledgement. Anyone may apply. The regions of the chosen countries are added to the ones ticked.
 * Refused when an organisation of the same name (slug) exists or the contact email has an application
 * waiting for review.
 */
export async function submitApplication(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
): Promise<Result<{ id: string; contactEmail: string }>> {
  const parsed = applicationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const application = parsed.data;
  const slug = slugOf(application.organizationName);
  if (!slug) return fieldRefusal(400, 'organizationName', 'organizationNameInvalid');
  // Each application mails the contact address the sender typed: limited per sender and per inbox.
  const wait = await consumeLimits([
    ['join:address', { ip: meta.ip ?? 'unknown' }],
    ['join:email', { email: application.contactEmail }],
  ]);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return refused(429, 'tooManyApplications', { minutes, hours: minutes >= 120 ? Math.round(minutes / 60) : 0 });
  }

  const t = await mailTexts();
  const result = await db.$transaction(async (tx): Promise<Result<{ id: string }>> => {
    const countries = await tx.country.findMany({
      where: { code: { in: application.countries } },
      select: { code: true, regionId: true },
    });
    if (countries.length !== application.countries.length) return fieldRefusal(400, 'countries', 'countryUnknown');
    const ticked = await tx.region.findMany({ where: { slug: { in: application.regions } }, select: { id: true } });
    if (ticked.length !== application.regions.length) return fieldRefusal(400, 'regions', 'regionUnknown');
    if ((await unknownThemes(application.themes, tx)).length > 0) return fieldRefusal(400, 'themes', 'themeUnknown');
    const regionIds = [
      ...new Set([...ticked.map((region) => region.id), ...countries.map((country) => country.regionId)]),
    ];

    if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) {
      return fieldRefusal(409, 'organizationName', 'organizationExists');
    }
    const waiting = await tx.membershipApplication.findFirst({
      where: { contactEmail: application.contactEmail, status: 'PENDING' },
      select: { id: true },
    });
    if (waiting) return fieldRefusal(409, 'contactEmail', 'applicationPending');

    const created = await tx.membershipApplication.create({
      data: {
        organizationName: application.organizationName,
        organizationType: application.organizationType,
        category: application.category,
        description: application.description,
        website: application.website ?? null,
        publicEmail: application.publicEmail ?? null,
        publicEmailVisibility: application.publicEmailVisibility,
        themes: { connect: application.themes.map((slug) => ({ slug })) },
        contactName: application.contactName,
        contactEmail: application.contactEmail,
        contactRole: application.contactRole ?? null,
        message: application.message ?? null,
        status: 'PENDING',
        countries: { connect: application.countries.map((code) => ({ code })) },
        regions: { connect: regionIds.map((id) => ({ id })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewer?.id ?? null,
      action: 'application.submit',
      subjectType: 'MembershipApplication',
      subjectId: created.id,
      after: {
        organizationName: application.organizationName,
        organizationType: application.organizationType,
        category: application.category,
        contactEmail: application.contactEmail,
        countries: application.countries,
        regionIds,
        themes: application.themes,
        status: 'PENDING',
      },
      ip: meta.ip,
    });
    // The subject names no text the sender chose: it would let anyone put words in the coalition's mouth.
    const values = {
      name: application.contactName,
      organization: application.organizationName,
      site: getSiteSettings().name,
    };
    await queueMail(tx, {
      to: application.contactEmail,
      subject: t('acknowledgement.subject', values),
      text: t('acknowledgement.text', values),
    });
    return { ok: true, data: { id: created.id } };
  });
  if (!result.ok) return result;
  return { ok: true, data: { id: result.data.id, contactEmail: application.contactEmail }, message: 'submitted' };
}

// ─── Reviewing ───────────────────────────────────────────────────────────────

const reviewSelect = {
  id: true,
  status: true,
  organizationName: true,
  organizationType: true,
  category: true,
  description: true,
  website: true,
  publicEmail: true,
  publicEmailVisibility: true,
  themes: { select: { id: true, slug: true } },
  contactName: true,
  contactEmail: true,
  countries: { select: { code: true } },
  regions: { select: { id: true } },
} satisfies Prisma.MembershipApplicationSelect;

type Reviewable = Prisma.MembershipApplicationGetPayload<{ select: typeof reviewSelect }>;

/** The application a review form names, if the viewer may review it and it still waits for review. */
async function findReviewable(
  viewer: MaybeViewer,
  input: unknown,
): Promise<{ ok: true; viewer: Viewer; application: Reviewable } | Refusal> {
  if (!viewer || !can(viewer, 'application:list', {})) return denied(viewer);
  const parsed = approveApplicationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const application = await db.membershipApplication.findUnique({
    where: { id: parsed.data.id },
    select: reviewSelect,
  });
  if (!application) return missing();
  if (!can(viewer, 'application:review', { regionIds: application.regions.map((region) => region.id) })) {
    return denied(viewer);
  }
  if (application.status !== 'PENDING') return conflict('alreadyReviewed');
  return { ok: true, viewer, application };
}

/** Marks the application reviewed, unless another review got there first (then rolls back with 409). */
async function claimForReview(
  tx: Prisma.TransactionClient,
  id: string,
  data: Prisma.MembershipApplicationUncheckedUpdateManyInput,
) {
  const claimed = await tx.membershipApplication.updateMany({ where: { id, status: 'PENDING' }, data });
  if (claimed.count !== 1) throw new ReviewConflict('alreadyReviewed');
}

export type ApprovalOutcome = 'approved' | 'approvedLinked';

/**
 * Approves an application in one transaction: creates the Organization (active, joined now), creates
 * the contact person as an INVITED member of it (or links their existing account if it belongs to no
 * organisation) who runs its team (organizationAdmin: lib/teams), marks the application APPROVED, issues an invitation token and records the audit
 * events. Then mails the contact person the invitation link (or, for an existing account, that they
 * can sign in).
 */
export async function approveApplication(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ organizationSlug: string }>> {
  const found = await findReviewable(viewer, input);
  if (!found.ok) return found;
  const { application } = found;
  const reviewer = found.viewer;
  const slug = slugOf(application.organizationName);
  const countryCodes = application.countries.map((country) => country.code);
  const regionIds = application.regions.map((region) => region.id);

  const t = await mailTexts();
  let outcome: { organization: { id: string; slug: string; name: string }; memberId: string; token: string | null };
  try {
    outcome = await db.$transaction(async (tx) => {
      await claimForReview(tx, application.id, { status: 'APPROVED', reviewedById: reviewer.id, reviewedAt: now });
      if (!slug || (await tx.organization.findUnique({ where: { slug }, select: { id: true } }))) {
        throw new ReviewConflict('organizationExists');
      }
      const existing = await tx.member.findUnique({
        where: { email: application.contactEmail },
        select: { id: true, status: true, organizationId: true },
      });
      if (existing?.organizationId) throw new ReviewConflict('contactInOtherOrganization');
      if (existing?.status === 'SUSPENDED') throw new ReviewConflict('contactSuspended');

      const organization = await tx.organization.create({
        data: {
          name: application.organizationName,
          slug,
          type: application.organizationType,
          category: application.category,
          status: 'ACTIVE',
          joinedAt: now,
          description: application.description,
          website: application.website,
          // The directory shows the organisation's general address, never the contact person's own.
          contactEmail: application.publicEmail,
          contactEmailVisibility: application.publicEmailVisibility,
          themes: { connect: application.themes.map((theme) => ({ id: theme.id })) },
          countries: { connect: countryCodes.map((code) => ({ code })) },
          regions: { connect: regionIds.map((id) => ({ id })) },
        },
        select: { id: true, slug: true, name: true },
      });
      await tx.membershipApplication.update({
        where: { id: application.id },
        data: { organizationId: organization.id },
      });

      // A new person is invited; an existing account without an organisation is linked to this one
      // (and invited again if it never chose a password).
      let memberId: string;
      let invited: boolean;
      if (!existing) {
        const member = await tx.member.create({
          data: {
            email: application.contactEmail,
            name: application.contactName,
            role: 'MEMBER',
            status: 'INVITED',
            organizationId: organization.id,
            organizationAdmin: true,
          },
          select: { id: true },
        });
        memberId = member.id;
        invited = true;
      } else {
        await tx.member.update({
          where: { id: existing.id },
          data: { organizationId: organization.id, organizationAdmin: true },
        });
        memberId = existing.id;
        invited = existing.status === 'INVITED';
        if (!invited) {
          await recordAuditEvent(tx, {
            actorId: reviewer.id,
            action: 'member.update',
            subjectType: 'Member',
            subjectId: memberId,
            ...changedFields(
              { organizationId: null, organizationAdmin: false },
              { organizationId: organization.id, organizationAdmin: true },
            ),
            ip: meta.ip,
          });
        }
      }
      const token = invited ? await issueMemberToken(tx, memberId, 'INVITATION', now) : null;

      await recordAuditEvent(tx, {
        actorId: reviewer.id,
        action: 'application.approve',
        subjectType: 'MembershipApplication',
        subjectId: application.id,
        before: { status: 'PENDING' },
        after: { status: 'APPROVED', organizationId: organization.id, memberId },
        ip: meta.ip,
      });
      await recordAuditEvent(tx, {
        actorId: reviewer.id,
        action: 'organization.create',
        subjectType: 'Organization',
        subjectId: organization.id,
        after: {
          name: organization.name,
          slug: organization.slug,
          type: application.organizationType,
          category: application.category,
          status: 'ACTIVE',
          website: application.website,
          contactEmail: application.publicEmail,
          contactEmailVisibility: application.publicEmailVisibility,
          countries: countryCodes,
          regionIds,
          themes: application.themes.map((theme) => theme.slug),
          applicationId: application.id,
        },
        ip: meta.ip,
      });
      if (invited) {
        await recordAuditEvent(tx, {
          actorId: reviewer.id,
          action: 'member.invite',
          subjectType: 'Member',
          subjectId: memberId,
          after: {
            email: application.contactEmail,
            role: 'MEMBER',
            status: 'INVITED',
            organizationId: organization.id,
            organizationAdmin: true,
          },
          ip: meta.ip,
        });
      }
      const values = {
        name: application.contactName,
        organization: organization.name,
        site: getSiteSettings().name,
        url: absoluteUrl(token ? `/set-password/${token}` : '/sign-in'),
      };
      await queueMail(tx, {
        to: application.contactEmail,
        subject: t(token ? 'invitation.subject' : 'linked.subject', values),
        text: t(token ? 'invitation.text' : 'linked.text', values),
      });
      return { organization, memberId, token };
    });
  } catch (error) {
    if (error instanceof ReviewConflict) return conflict(error.key);
    // Two approvals of organisations of the same name at once: the slug's unique index decides.
    if (isUniqueViolation(error)) return conflict('organizationExists');
    throw error;
  }

  const message: ApprovalOutcome = outcome.token ? 'approved' : 'approvedLinked';
  return { ok: true, data: { organizationSlug: outcome.organization.slug }, message };
}

/** Rejects an application with a reason (10 to 2000 characters) and mails the reason to the applicant. */
export async function rejectApplication(
  viewer: MaybeViewer,
  input: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<Result> {
  const found = await findReviewable(viewer, input);
  if (!found.ok) return found;
  const parsed = rejectApplicationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { application } = found;
  const reviewer = found.viewer;
  const reason = parsed.data.reason;

  const t = await mailTexts();
  const values = {
    name: application.contactName,
    organization: application.organizationName,
    site: getSiteSettings().name,
    reason,
    contact: getSiteSettings().contactEmail,
  };
  try {
    await db.$transaction(async (tx) => {
      await claimForReview(tx, application.id, {
        status: 'REJECTED',
        reviewNote: reason,
        reviewedById: reviewer.id,
        reviewedAt: now,
      });
      await recordAuditEvent(tx, {
        actorId: reviewer.id,
        action: 'application.reject',
        subjectType: 'MembershipApplication',
        subjectId: application.id,
        before: { status: 'PENDING', reviewNote: null },
        after: { status: 'REJECTED', reviewNote: reason },
        ip: meta.ip,
      });
      await queueMail(tx, {
        to: application.contactEmail,
        subject: t('rejection.subject', values),
        text: t('rejection.text', values),
      });
    });
  } catch (error) {
    if (error instanceof ReviewConflict) return conflict(error.key);
    throw error;
  }

  return { ok: true, message: 'rejected' };
}
