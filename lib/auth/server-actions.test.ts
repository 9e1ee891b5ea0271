// The access matrix of the server actions: every exported action of every `'use server'` module in
// lib/ and app/ (found by its directive, whatever the file is called, so a new action without a row
// here fails), called directly as a form
// post would call it, by each kind of viewer. The allowed succeed; the others get 401 or 403 and
// change nothing (the audit log and the rows they could touch are compared before and after).
import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import type { MaybeViewer, Viewer } from '@/lib/auth/policy';
import { hashPassword } from '@/lib/auth/password';
import { startMemberSession } from '@/lib/auth/sessions';
import { withdrawalToken } from '@/lib/campaigns/withdrawal';
import { checkDirectoryImport } from '@/lib/directory-csv/queries';
import { directoryCsvColumns } from '@/lib/directory-csv/schemas';
import { newSecondFactorSetup } from '@/lib/second-factor/mutations';
import { currentTotpCode, encryptTotpSecret, newTotpSecret } from '@/lib/second-factor/totp';
import {
  createCampaign,
  createEvent,
  createMember,
  createOrganization,
  createPublication,
  createSignature,
  ensureReferenceData,
  uniqueSuffix,
} from '@/prisma/seed/factories';

const session = vi.hoisted(() => ({ viewer: null as MaybeViewer }));
class Redirected extends Error {}

vi.mock('@/lib/auth/viewer', () => ({
  getViewer: () => Promise.resolve(session.viewer),
  getViewerSummary: () => Promise.resolve(null),
  getCurrentSessionId: () => Promise.resolve(null),
  resolveViewer: () => Promise.resolve(session.viewer),
}));
vi.mock('@/lib/auth/request', () => ({ clientAddress: () => Promise.resolve('192.0.2.10') }));
vi.mock('@/lib/auth/config', () => ({
  signIn: vi.fn(() => Promise.resolve(undefined)),
  signOut: vi.fn(() => Promise.resolve(undefined)),
  auth: vi.fn(),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// No browser holds a first factor here (the second step of signing in reads it from a cookie).
vi.mock('next/headers', () => ({
  cookies: () => Promise.resolve({ get: () => undefined, set: vi.fn(), delete: vi.fn() }),
  headers: () => Promise.resolve(new Headers()),
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

// Every source file's text, to find the modules that start with the 'use server' directive (after
// comments), then those modules themselves.
const sources = import.meta.glob<string>(
  ['/lib/**/*.{ts,tsx}', '/app/**/*.{ts,tsx}', '!**/*.test.ts', '!**/generated/**'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);
const serverModules = Object.keys(sources).filter((file) =>
  /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use server['"]/.test(sources[file] ?? ''),
);
const allModules = import.meta.glob<Record<string, unknown>>([
  '/lib/**/*.{ts,tsx}',
  '/app/**/*.{ts,tsx}',
  '!**/*.test.ts',
  '!**/generated/**',
]);
const modules = Object.fromEntries(
  await Promise.all(serverModules.map(async (file) => [file, await allModules[file]!()] as const)),
);
const discovered = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'function')
    .map(([name, value]) => ({
      name: `${file.replace(/^\/(lib\/)?/, '')}#${name}`,
      action: value as (...args: unknown[]) => Promise<unknown>,
    })),
);

type Persona =
  'visitor' | 'member' | 'memberOfAnotherOrganization' | 'coordinatorOfAnotherRegion' | 'coordinator' | 'admin';
const personaNames: Persona[] = [
  'visitor',
  'member',
  'memberOfAnotherOrganization',
  'coordinatorOfAnotherRegion',
  'coordinator',
  'admin',
];
const personas = {} as Record<Persona, MaybeViewer>;
const password = 'matrix test passphrase 42';
let organizationA = '';
let organizationB = '';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

async function pendingApplication(countries: string[]) {
  const regionIds = (
    await db.region.findMany({ where: { countries: { some: { code: { in: countries } } } }, select: { id: true } })
  ).map((region) => ({ id: region.id }));
  const application = await db.membershipApplication.create({
    data: {
      organizationName: `Matrix Applicant ${uniqueSuffix()}`,
      organizationType: 'NGO',
      contactName: 'Applicant Person',
      contactEmail: `applicant-${uniqueSuffix()}@example.org`,
      countries: { connect: countries.map((code) => ({ code })) },
      regions: { connect: regionIds },
    },
  });
  return application.id;
}

const publicationForm = (extra: Record<string, string> = {}) =>
  form({
    title: `Matrix publication ${uniqueSuffix()}`,
    kind: 'REPORT',
    summary: '',
    body: 'Text.',
    authors: '',
    source: '',
    sourceUrl: '',
    linkUrl: '',
    publishedAt: '',
    countries: ['CO'],
    language: 'en',
    visibility: 'PUBLIC',
    embargoUntil: '',
    ...extra,
  });

/** A message sent with the contact form, open (handledAt null) or handled. */
const contactMessage = (handledAt: Date | null) =>
  db.contactMessage.create({
    data: {
      name: 'Matrix Writer',
      email: `writer-${uniqueSuffix()}@example.org`,
      subject: 'GENERAL',
      message: 'A question from the matrix.',
      handledAt,
    },
    select: { id: true },
  });

/** The campaign form, for a campaign of the Americas. */
const campaignForm = (extra: Record<string, string> = {}) =>
  form({
    title: `Matrix campaign ${uniqueSuffix()}`,
    goal: 'A goal for the matrix.',
    callToAction: 'Sign',
    targets: 'A government',
    body: 'Text.',
    regions: ['americas'],
    startsAt: '2027-01-01',
    endsAt: '',
    signatureGoal: '500',
    ...extra,
  });

/** A campaign of the Americas: its region's staff's to run. */
const staffCampaign = async (status: 'DRAFT' | 'ACTIVE') =>
  (await createCampaign(db, { title: `Matrix run ${uniqueSuffix()}`, status, regions: ['americas'] })).id;

/** A draft staff wrote in Colombia (Americas): nobody's but its region's staff's to edit or publish. */
const staffDraft = async () =>
  (await createPublication(db, { title: `Matrix draft ${uniqueSuffix()}`, status: 'DRAFT', countries: ['CO'] })).id;

/** A toolkit staff wrote in Colombia, with one section: "<publicationId> <sectionId>". */
const staffToolkit = async () =>
  (
    await createPublication(db, {
      title: `Matrix toolkit ${uniqueSuffix()}`,
      kind: 'TOOLKIT',
      status: 'DRAFT',
      countries: ['CO'],
    })
  ).id;
const staffToolkitWithSection = async () => {
  const publicationId = await staffToolkit();
  const section = await db.toolkitSection.create({ data: { publicationId, position: 0, heading: 'First steps' } });
  return `${publicationId} ${section.id}`;
};

const profileForm = (organizationId: string) =>
  form({
    organizationId,
    description: `Profile edited in the matrix ${uniqueSuffix()}`,
    website: 'https://example.org/matrix',
    contactEmail: 'matrix@example.org',
    themes: ['early-warning'],
    countries: ['CO'],
    descriptionVisibility: 'PUBLIC',
    websiteVisibility: 'PUBLIC',
    contactEmailVisibility: 'MEMBERS',
    themesVisibility: 'PUBLIC',
    countriesVisibility: 'PUBLIC',
  });

/** A directory file (the export's columns) with one new organisation of Colombia. */
const directoryImportFile = (slug: string) => {
  const row: Record<string, string> = {
    slug,
    name: `Matrix ${slug}`,
    type: 'NGO',
    category: 'MEMBER',
    status: 'ACTIVE',
    countries: 'CO',
  };
  const line = (cells: readonly string[]) => cells.join(',');
  return new File(
    [`${line(directoryCsvColumns)}\n${line(directoryCsvColumns.map((column) => row[column] ?? ''))}\n`],
    'directory.csv',
  );
};

interface Row {
  /** Who may; `everyone` for actions open to visitors (sign-in by mail, applying, signing out). */
  allowed: Persona[] | 'everyone';
  /** Creates the record the action works on, before the "nothing changed" snapshot. */
  prepare?: () => Promise<string>;
  /** Calls the action as the form would, on the prepared record. */
  call: (action: (...args: unknown[]) => Promise<unknown>, record: string) => Promise<unknown>;
}

const newPerson = async () => (await createMember(db, { password })).id;

/** A colleague in organisation A's team, for its admins to change. */
const newColleague = async () => (await createMember(db, { password, organizationId: organizationA })).id;

/** The secret the matrix gives the viewer's second factor, so it can make their codes. */
const matrixSecret = newTotpSecret();

/** Turns the viewer's second factor on (with matrixSecret, no code used yet) and gives a current code. */
async function secondFactorOn(memberId: string): Promise<string> {
  await db.member.update({
    where: { id: memberId },
    data: { totpSecret: encryptTotpSecret(matrixSecret), totpEnabledAt: new Date(), totpLastTimeStep: null },
  });
  return currentTotpCode(matrixSecret);
}

/** A form confirmed with a current code of the viewer's second factor (a visitor sends any code). */
const withViewerCode = async (action: (...args: unknown[]) => Promise<unknown>) =>
  action(null, form({ code: session.viewer ? await secondFactorOn(session.viewer.id) : '123456' }));

/** The event form as staff send it: an event in Lima, in the Americas (the coordinator's region). */
const eventForm = (extra: Record<string, string> = {}) =>
  form({
    title: `Matrix event ${uniqueSuffix()}`,
    description: '',
    startsAt: '2027-03-29T10:00',
    endsAt: '2027-03-29T12:00',
    timeZone: 'America/Lima',
    location: 'Lima',
    onlineUrl: '',
    regions: ['americas'],
    campaign: '',
    ...extra,
  });

/** A monitoring entry on Colombia (the coordinator's region) as staff send it. */
const monitoringForm = (extra: Record<string, string> = {}) =>
  form({
    country: 'CO',
    observedOn: '2026-11-01',
    level: 'CONCERN',
    summary: `Matrix entry ${uniqueSuffix()}.`,
    sources: 'https://example.org/report',
    publications: '',
    campaigns: '',
    visibility: 'PUBLIC',
    ...extra,
  });

/** An entry on Colombia: its region's staff's and admins' to change or remove. */
const colombiaEntry = async () =>
  (
    await db.monitoringEntry.create({
      data: { countryCode: 'CO', observedOn: new Date('2026-10-01'), level: 'WATCH', summary: 'Matrix.', sources: [] },
    })
  ).id;

/** An event in the Americas: its region's staff's and admins' to change. */
const americasEvent = async (status: 'SCHEDULED' | 'CANCELLED' = 'SCHEDULED') =>
  (await createEvent(db, { title: `Matrix event ${uniqueSuffix()}`, regions: ['americas'], status })).id;

/** Every action, and who may use it. */
const matrix: Record<string, Row> = {
  'auth/actions.ts#signOutAction': { allowed: 'everyone', call: (action) => action() },
  'auth/actions.ts#requestSignInLinkAction': {
    allowed: 'everyone',
    call: (action) => action(null, form({ email: `nobody-${uniqueSuffix()}@example.org` })),
  },
  'auth/actions.ts#requestPasswordResetAction': {
    allowed: 'everyone',
    call: (action) => action(null, form({ email: `nobody-${uniqueSuffix()}@example.org` })),
  },
  'auth/actions.ts#signInWithLinkAction': {
    allowed: 'everyone',
    call: (action) => action(null, form({ token: 'unknown' })),
  },
  'auth/actions.ts#setPasswordAction': {
    allowed: 'everyone',
    call: (action) =>
      action(null, form({ token: 'unknown', password: 'a long new password', confirmPassword: 'a long new password' })),
  },
  'applications/actions.ts#submitApplicationAction': {
    allowed: 'everyone',
    call: (action) =>
      action(
        null,
        form({
          organizationName: `Matrix Organisation ${uniqueSuffix()}`,
          organizationType: 'NGO',
          category: 'MEMBER',
          description: 'We monitor and report.',
          countries: ['CO'],
          themes: ['early-warning'],
          contactName: 'Ana Matrix',
          contactEmail: `ana-${uniqueSuffix()}@example.org`,
          consent: 'yes',
        }),
      ),
  },
  'applications/actions.ts#approveApplicationAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => pendingApplication(['CO']),
    call: (action, id) => action(null, form({ id })),
  },
  'applications/actions.ts#rejectApplicationAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => pendingApplication(['CO']),
    call: (action, id) => action(null, form({ id, reason: 'Outside the coalition’s focus for now.' })),
  },
  'accounts/actions.ts#updateOwnNameAction': {
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: (action) => action(null, form({ name: `Renamed ${uniqueSuffix()}` })),
  },
  'accounts/actions.ts#requestEmailChangeAction': {
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: (action) => action(null, form({ email: `moved-${uniqueSuffix()}@example.org`, currentPassword: password })),
  },
  'accounts/actions.ts#changeOwnPasswordAction': {
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: (action) =>
      action(null, form({ currentPassword: password, newPassword: password, confirmPassword: password })),
  },
  'accounts/actions.ts#confirmEmailChangeAction': {
    // The link is the proof, not a session: open to anyone holding one.
    allowed: 'everyone',
    call: (action) => action(null, form({ token: 'unknown' })),
  },
  'accounts/actions.ts#endOwnSessionsAction': {
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: (action) => action(null, form({ intent: 'others' })),
  },
  'directory/actions.ts#updateOrganizationProfileAction': {
    allowed: ['member', 'coordinator', 'admin'],
    call: (action) => action(null, profileForm(organizationA)),
  },
  'people/actions.ts#changeRoleAction': {
    allowed: ['admin'],
    prepare: newPerson,
    call: (action, memberId) => action(null, form({ memberId, role: 'COORDINATOR', regions: ['americas'] })),
  },
  'people/actions.ts#changeAccessAction': {
    allowed: ['admin'],
    prepare: newPerson,
    call: (action, memberId) => action(null, form({ memberId, intent: 'suspend' })),
  },
  'themes/actions.ts#createThemeAction': {
    allowed: ['coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: (action) => action(null, form({ label: `matrix theme ${uniqueSuffix()}` })),
  },
  'themes/actions.ts#renameThemeAction': {
    allowed: ['coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    prepare: async () =>
      (await db.theme.create({ data: { slug: `matrix-${uniqueSuffix()}`, label: `matrix ${uniqueSuffix()}` } })).slug,
    call: (action, slug) => action(null, form({ slug, label: `reworded ${uniqueSuffix()}` })),
  },
  'contact/actions.ts#sendContactMessageAction': {
    allowed: 'everyone',
    call: (action) =>
      action(
        null,
        form({
          name: 'Ana Matrix',
          email: `writer-${uniqueSuffix()}@example.org`,
          subject: 'GENERAL',
          message: 'A question from the matrix.',
        }),
      ),
  },
  'contact/actions.ts#markMessageHandledAction': {
    // Messages are the coalition's: any coordinator, whatever their regions, and admins.
    allowed: ['coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    prepare: async () => (await contactMessage(null)).id,
    call: (action, id) => action(null, form({ id })),
  },
  'contact/actions.ts#reopenMessageAction': {
    allowed: ['coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    prepare: async () => (await contactMessage(new Date())).id,
    call: (action, id) => action(null, form({ id })),
  },
  'publications/actions.ts#createPublicationAction': {
    // Members share resources; staff write in their regions only (the form names Colombia: Americas).
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinator', 'admin'],
    call: (action) => action(null, publicationForm()),
  },
  'publications/actions.ts#updatePublicationAction': {
    allowed: ['coordinator', 'admin'],
    prepare: staffDraft,
    call: (action, publicationId) => action(null, publicationForm({ publicationId })),
  },
  'publications/actions.ts#transitionPublicationAction': {
    allowed: ['coordinator', 'admin'],
    prepare: staffDraft,
    call: (action, publicationId) => action(null, form({ publicationId, transition: 'publish' })),
  },
  'events/actions.ts#createEventAction': {
    // Staff of the event's regions (the form names the Americas): not a coordinator of Africa.
    allowed: ['coordinator', 'admin'],
    call: (action) => action(null, eventForm()),
  },
  'events/actions.ts#updateEventAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => americasEvent(),
    call: (action, eventId) => action(null, eventForm({ eventId })),
  },
  'events/actions.ts#cancelEventAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => americasEvent(),
    call: (action, eventId) => action(null, form({ eventId })),
  },
  'events/actions.ts#reinstateEventAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => americasEvent('CANCELLED'),
    call: (action, eventId) => action(null, form({ eventId })),
  },
  'monitoring/actions.ts#createMonitoringEntryAction': {
    // Staff of the country's region (Colombia: the Americas), not a coordinator of Africa.
    allowed: ['coordinator', 'admin'],
    call: (action) => action(null, monitoringForm()),
  },
  'monitoring/actions.ts#updateMonitoringEntryAction': {
    allowed: ['coordinator', 'admin'],
    prepare: colombiaEntry,
    call: (action, entryId) => action(null, monitoringForm({ entryId })),
  },
  'monitoring/actions.ts#removeMonitoringEntryAction': {
    allowed: ['coordinator', 'admin'],
    prepare: colombiaEntry,
    call: (action, entryId) => action(null, form({ entryId, confirm: 'yes' })),
  },
  'directory/actions.ts#removeOrganizationLogoAction': {
    // Whoever may edit the profile: its members, coordinators of its region, admins.
    allowed: ['member', 'coordinator', 'admin'],
    prepare: async () => {
      // A logo row to remove (no bytes behind it: deleting a key the store lacks does nothing).
      await db.organization.update({
        where: { id: organizationA },
        data: {
          logoStorageKey: randomBytes(16).toString('hex'),
          logoContentType: 'image/png',
          logoUpdatedAt: new Date(),
        },
      });
      return organizationA;
    },
    call: (action, organizationId) => action(null, form({ organizationId })),
  },
  'directory-csv/actions.ts#importDirectoryAction': {
    // Admins alone; the matrix applies a checked file that adds one organisation.
    allowed: ['admin'],
    prepare: async () => {
      const file = directoryImportFile(`matrix-import-${uniqueSuffix()}`);
      const checked = await checkDirectoryImport(personas.admin, file);
      if (!checked.ok) throw new Error(`the matrix's file was refused: ${checked.message}`);
      return `${checked.data.content} ${checked.data.plan.hash}`;
    },
    call: (action, record) => {
      const [content = '', planHash = ''] = record.split(' ');
      return action(null, form({ intent: 'apply', content, planHash }));
    },
  },
  'directory/actions.ts#setOrganizationTrustAction': {
    allowed: ['admin'],
    prepare: async () => (await createOrganization(db, { countries: ['CO'] })).id,
    call: (action, organizationId) => action(null, form({ organizationId, trusted: 'true' })),
  },
  'campaigns/actions.ts#signCampaignAction': {
    // Anyone may sign a running campaign; the signature counts once its mailed link is followed.
    allowed: 'everyone',
    prepare: async () =>
      (await createCampaign(db, { title: `Matrix campaign ${uniqueSuffix()}`, status: 'ACTIVE' })).slug,
    call: (action, slug) =>
      action(
        null,
        form({
          slug,
          name: 'Matrix Signer',
          email: `signer-${uniqueSuffix()}@example.org`,
          country: 'CO',
          comment: '',
          consent: 'on',
        }),
      ),
  },
  'campaigns/actions.ts#withdrawSignatureAction': {
    // Whoever holds the link mailed to the signer may withdraw (it names one signature of one campaign).
    allowed: 'everyone',
    prepare: async () => {
      const campaign = await createCampaign(db, { title: `Matrix withdrawal ${uniqueSuffix()}`, status: 'ACTIVE' });
      const signature = await createSignature(db, campaign.id);
      return `${campaign.slug} ${withdrawalToken(signature.id)}`;
    },
    call: (action, prepared) => {
      const [slug = '', token = ''] = String(prepared).split(' ');
      return action(null, form({ slug, token }));
    },
  },
  'campaigns/actions.ts#createCampaignAction': {
    // Staff start campaigns in their regions only (the form names the Americas).
    allowed: ['coordinator', 'admin'],
    call: (action) => action(null, campaignForm()),
  },
  'campaigns/actions.ts#updateCampaignAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => staffCampaign('ACTIVE'),
    call: (action, campaignId) => action(null, campaignForm({ campaignId })),
  },
  'campaigns/actions.ts#changeCampaignStatusAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => staffCampaign('DRAFT'),
    call: (action, campaignId) => action(null, form({ campaignId, step: 'launch' })),
  },
  'campaigns/actions.ts#postCampaignUpdateAction': {
    allowed: ['coordinator', 'admin'],
    prepare: () => staffCampaign('ACTIVE'),
    call: (action, campaignId) => action(null, form({ campaignId, title: 'Matrix news', body: 'Something new.' })),
  },
  'campaigns/actions.ts#removeCampaignUpdateAction': {
    allowed: ['coordinator', 'admin'],
    prepare: async () => {
      const campaignId = await staffCampaign('ACTIVE');
      const update = await db.campaignUpdate.create({ data: { campaignId, title: 'To remove', body: 'Old news.' } });
      return `${campaignId} ${update.id}`;
    },
    call: (action, prepared) => {
      const [campaignId = '', updateId = ''] = prepared.split(' ');
      return action(null, form({ campaignId, updateId }));
    },
  },
  'campaigns/actions.ts#decideHeldSignaturesAction': {
    allowed: ['coordinator', 'admin'],
    prepare: async () => {
      const campaignId = await staffCampaign('ACTIVE');
      await createSignature(db, campaignId, { heldAt: new Date() });
      return campaignId;
    },
    call: (action, campaignId) => action(null, form({ campaignId, decision: 'release' })),
  },
  'campaigns/actions.ts#endorseCampaignAction': {
    // A member endorses in their own organisation's name; staff without one are refused.
    allowed: ['member', 'memberOfAnotherOrganization'],
    prepare: async () =>
      (await createCampaign(db, { title: `Matrix endorse ${uniqueSuffix()}`, status: 'ACTIVE' })).slug,
    call: (action, slug) => action(null, form({ slug, tier: 'CO_SPONSOR' })),
  },
  'campaigns/actions.ts#withdrawEndorsementAction': {
    // Any member of an endorsing organisation withdraws its endorsement (both organisations endorse).
    allowed: ['member', 'memberOfAnotherOrganization'],
    prepare: async () => {
      const campaign = await createCampaign(db, { title: `Matrix unendorse ${uniqueSuffix()}`, status: 'ACTIVE' });
      for (const organizationId of [organizationA, organizationB]) {
        await createSignature(db, campaign.id, { organizationId, name: 'Endorser' });
      }
      return campaign.slug;
    },
    call: (action, slug) => action(null, form({ slug })),
  },
  'campaigns/actions.ts#setEndorsementLeadAction': {
    allowed: ['coordinator', 'admin'],
    prepare: async () => {
      const campaignId = await staffCampaign('ACTIVE');
      const endorsement = await createSignature(db, campaignId, { organizationId: organizationA, name: 'Co-sponsor' });
      await db.signature.update({ where: { id: endorsement.id }, data: { tier: 'CO_SPONSOR' } });
      return `${campaignId} ${endorsement.id}`;
    },
    call: (action, prepared) => {
      const [campaignId = '', endorsementId = ''] = prepared.split(' ');
      return action(null, form({ campaignId, endorsementId, lead: 'true' }));
    },
  },
  'campaigns/actions.ts#removeCampaignImageAction': {
    allowed: ['coordinator', 'admin'],
    prepare: async () => {
      const campaignId = await staffCampaign('ACTIVE');
      // An image row to remove (no bytes behind it: deleting a key the store lacks does nothing).
      await db.campaign.update({
        where: { id: campaignId },
        data: {
          imageStorageKey: randomBytes(16).toString('hex'),
          imageContentType: 'image/png',
          imageUpdatedAt: new Date(),
          imageAlt: 'A matrix image',
        },
      });
      return campaignId;
    },
    call: (action, campaignId) => action(null, form({ campaignId })),
  },
  'library/actions.ts#sendToColleagueAction': {
    // Anyone who may read a publication may send it on (limited per address and per inbox).
    allowed: 'everyone',
    prepare: async () =>
      (
        await createPublication(db, {
          title: `Matrix shared ${uniqueSuffix()}`,
          status: 'PUBLISHED',
          countries: ['CO'],
        })
      ).slug,
    call: (action, slug) => action(null, form({ slug, to: `colleague-${uniqueSuffix()}@example.org`, note: '' })),
  },
  'publications/actions.ts#changeAttachmentAction': {
    allowed: ['coordinator', 'admin'],
    prepare: async () => {
      const publicationId = await staffDraft();
      const file = await db.attachment.create({
        data: {
          publicationId,
          fileName: 'matrix.pdf',
          contentType: 'application/pdf',
          size: 1,
          sha256: '0'.repeat(64),
          storageKey: randomBytes(16).toString('hex'),
        },
      });
      return `${publicationId} ${file.id}`;
    },
    call: (action, ids) => {
      const [publicationId = '', attachmentId = ''] = String(ids).split(' ');
      return action(null, form({ publicationId, attachmentId, step: 'remove' }));
    },
  },
  'publications/actions.ts#addSectionAction': {
    allowed: ['coordinator', 'admin'],
    prepare: staffToolkit,
    call: (action, publicationId) => action(null, form({ publicationId, heading: 'Matrix section', body: '' })),
  },
  'publications/actions.ts#updateSectionAction': {
    allowed: ['coordinator', 'admin'],
    prepare: staffToolkitWithSection,
    call: (action, ids) => {
      const [publicationId = '', sectionId = ''] = String(ids).split(' ');
      return action(null, form({ publicationId, sectionId, heading: `Renamed ${uniqueSuffix()}`, body: '' }));
    },
  },
  'publications/actions.ts#changeSectionAction': {
    allowed: ['coordinator', 'admin'],
    prepare: staffToolkitWithSection,
    call: (action, ids) => {
      const [publicationId = '', sectionId = ''] = String(ids).split(' ');
      return action(null, form({ publicationId, sectionId, step: 'remove' }));
    },
  },
  'second-factor/actions.ts#signInWithCodeAction': {
    // The first factor held in the browser is the proof, not a session; none is held here.
    allowed: 'everyone',
    call: (action) => action(null, form({ code: '123456' })),
  },
  'second-factor/actions.ts#signInWithSetupAction': {
    allowed: 'everyone',
    call: (action) => action(null, form({ setup: 'none', code: '123456' })),
  },
  'second-factor/actions.ts#enableSecondFactorAction': {
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: async (action) => {
      const { secret, setup } = newSecondFactorSetup({ id: session.viewer?.id ?? 'nobody', email: 'x@example.org' });
      if (session.viewer) {
        await db.member.update({ where: { id: session.viewer.id }, data: { totpSecret: null, totpEnabledAt: null } });
      }
      return action(null, form({ setup, code: await currentTotpCode(secret) }));
    },
  },
  'second-factor/actions.ts#replaceRecoveryCodesAction': {
    allowed: ['member', 'memberOfAnotherOrganization', 'coordinatorOfAnotherRegion', 'coordinator', 'admin'],
    call: withViewerCode,
  },
  'second-factor/actions.ts#disableSecondFactorAction': {
    // Staff must keep it (refused with 403 even with the right code).
    allowed: ['member', 'memberOfAnotherOrganization'],
    call: withViewerCode,
  },
  'people/actions.ts#resetSecondFactorAction': {
    allowed: ['admin'],
    prepare: async () => {
      const id = await newPerson();
      await secondFactorOn(id);
      return id;
    },
    call: (action, memberId) => action(null, form({ memberId })),
  },
  'teams/actions.ts#inviteColleagueAction': {
    // The member runs organisation A's team; staff of its region and admins run any team of theirs.
    allowed: ['member', 'coordinator', 'admin'],
    call: (action) =>
      action(
        null,
        form({
          organizationId: organizationA,
          name: 'Matrix Colleague',
          email: `colleague-${uniqueSuffix()}@example.org`,
        }),
      ),
  },
  'teams/actions.ts#removeColleagueAction': {
    allowed: ['member', 'coordinator', 'admin'],
    prepare: newColleague,
    call: (action, memberId) => action(null, form({ organizationId: organizationA, memberId })),
  },
  'teams/actions.ts#setTeamAdminAction': {
    allowed: ['member', 'coordinator', 'admin'],
    prepare: newColleague,
    call: (action, memberId) =>
      action(null, form({ organizationId: organizationA, memberId, organizationAdmin: 'true' })),
  },
  'teams/actions.ts#updateOrganizationIdentityAction': {
    allowed: ['member', 'coordinator', 'admin'],
    call: (action) =>
      action(null, form({ organizationId: organizationA, name: `Matrix Team ${uniqueSuffix()}`, type: 'NGO' })),
  },
  // Following a team invitation: the mailed link's token is the credential, whoever posts it.
  'teams/actions.ts#acceptTeamInvitationAction': {
    allowed: 'everyone',
    call: (action) => action(null, form({ token: 'unknown' })),
  },
  'teams/actions.ts#invitePersonAction': {
    // Staff invite to an organisation of their regions (A is in Colombia, the Americas).
    allowed: ['coordinator', 'admin'],
    prepare: async () => (await db.organization.findUniqueOrThrow({ where: { id: organizationA } })).slug,
    call: (action, slug) =>
      action(
        null,
        form({
          name: 'Matrix Person',
          email: `person-${uniqueSuffix()}@example.org`,
          role: 'MEMBER',
          organization: slug,
        }),
      ),
  },
  'people/actions.ts#endSessionsAction': {
    allowed: ['admin'],
    prepare: newPerson,
    call: (action, memberId) => action(null, form({ memberId })),
  },
};

/** What a refused action must leave untouched. */
async function snapshot() {
  const [audit, members, organizations, applications, themes, sessions, publications, campaigns] = await Promise.all([
    db.auditEvent.count(),
    db.member.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        status: true,
        sessionVersion: true,
        passwordHash: true,
        organizationId: true,
        organizationAdmin: true,
      },
    }),
    db.organization.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true,
        name: true,
        type: true,
        description: true,
        website: true,
        contactEmail: true,
        contactEmailVisibility: true,
      },
    }),
    db.membershipApplication.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true } }),
    db.theme.findMany({ orderBy: { id: 'asc' }, select: { id: true, slug: true, label: true } }),
    db.memberSession.findMany({ orderBy: { id: 'asc' }, select: { id: true } }),
    db.publication.findMany({ orderBy: { id: 'asc' }, select: { id: true, title: true, status: true, slug: true } }),
    db.campaign.findMany({
      orderBy: { id: 'asc' },
      select: {
        id: true,
        title: true,
        status: true,
        imageStorageKey: true,
        updates: { select: { id: true } },
        signatures: { select: { id: true, heldAt: true, tier: true, isLead: true } },
      },
    }),
  ]);
  return { audit, members, organizations, applications, themes, sessions, publications, campaigns };
}

beforeAll(async () => {
  await ensureReferenceData(db);
  const passwordHash = await hashPassword(password);
  const a = await createOrganization(db, { countries: ['CO'] });
  const b = await createOrganization(db, { countries: ['KE'] });
  organizationA = a.id;
  organizationB = b.id;
  const americas = await db.region.findUniqueOrThrow({ where: { slug: 'americas' } });
  const africa = await db.region.findUniqueOrThrow({ where: { slug: 'africa' } });
  const viewerOf = async (
    role: Viewer['role'],
    organizationId: string | null,
    regionSlugs: string[],
  ): Promise<Viewer> => {
    // The member runs organisation A's team; the member of B does not run theirs.
    const organizationAdmin = organizationId === a.id;
    const member = await createMember(db, {
      role,
      organizationId,
      organizationAdmin,
      passwordHash,
      coordinatorRegions: regionSlugs,
    });
    // Two signed-in browsers each, which a refused "end my sessions" must leave alone.
    for (const userAgent of ['laptop', 'phone']) await startMemberSession(member, { ip: null, userAgent });
    const regionIds = regionSlugs.map((slug) => (slug === 'americas' ? americas.id : africa.id));
    return { id: member.id, role, organizationId, organizationAdmin, coordinatorRegionIds: regionIds };
  };
  personas.visitor = null;
  personas.member = await viewerOf('MEMBER', a.id, []);
  personas.memberOfAnotherOrganization = await viewerOf('MEMBER', b.id, []);
  personas.coordinatorOfAnotherRegion = await viewerOf('COORDINATOR', null, ['africa']);
  personas.coordinator = await viewerOf('COORDINATOR', null, ['americas']);
  personas.admin = await viewerOf('ADMIN', null, []);
  await createMember(db, { role: 'ADMIN', passwordHash }); // so the portal keeps an admin whatever the tests do
});

afterEach(() => {
  session.viewer = null;
});

function statusOf(result: unknown): number | undefined {
  return typeof result === 'object' && result !== null && 'status' in result
    ? (result as { status: number }).status
    : undefined;
}

async function callAs(persona: Persona, row: Row, action: (...args: unknown[]) => Promise<unknown>, record: string) {
  session.viewer = personas[persona];
  try {
    return { result: await row.call(action, record), redirected: false };
  } catch (error) {
    if (error instanceof Redirected) return { result: undefined, redirected: true };
    throw error;
  }
}

describe('the server actions', () => {
  it('are all in the matrix, and the matrix names no action that is gone', () => {
    expect(discovered.length).toBeGreaterThan(10);
    expect(discovered.map((entry) => entry.name).sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const { name, action } of discovered) {
    const row = matrix[name];
    if (!row) continue;
    for (const persona of personaNames) {
      const allowed = row.allowed === 'everyone' || row.allowed.includes(persona);
      it(`${name} ${allowed ? 'serves' : 'refuses'} a ${persona}`, async () => {
        const record = (await row.prepare?.()) ?? '';
        const before = allowed ? null : await snapshot();
        const { result, redirected } = await callAs(persona, row, action, record);
        const status = statusOf(result);
        if (allowed) {
          // Never refused for who is asking; the actions of a role also succeed (ok, or a redirect).
          // Open actions may still refuse their made-up input (an unknown token), with a 4xx of its own.
          expect([401, 403]).not.toContain(status);
          if (row.allowed !== 'everyone') expect(redirected || (result as { ok?: boolean }).ok === true).toBe(true);
        } else {
          expect(redirected).toBe(false);
          expect(status).toBe(persona === 'visitor' ? 401 : 403);
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }
});
