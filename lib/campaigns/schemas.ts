// The signing form of a campaign page, the link a signer follows to confirm, and the forms staff
// run campaigns with. Error messages
// are keys of the `campaigns.errors` catalogue (shared ones of `errors.fields`).
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schemas';
import {
  countryCodeSchema,
  linesSchema,
  normalisedText,
  optionalDateSchema,
  recordIdSchema,
  regionSlugsSchema,
  requiredLine,
  slugPattern,
} from '@/lib/forms/fields';
import { CampaignStatus, EndorsementTier } from '@/lib/generated/prisma/enums';
import { enumParam, pageParam } from '@/lib/site/search-params';
import { consentVersions, currentConsentVersion, type ConsentVersion } from './consent';

export const signerNameMaxLength = 120;
export const signatureCommentMaxLength = 500;

/** A campaign named in a form (a hidden field): a slug, or no campaign at all (404). */
const campaignSlugSchema = z.string().trim().max(200, { error: 'notFound' }).regex(slugPattern, { error: 'notFound' });

/** A ticked box as the browser sends it ("on", or whatever value it carries); absent is unticked. */
const ticked = z.preprocess(
  (value) => value !== undefined && value !== null && value !== '' && value !== false,
  z.boolean(),
);

export const signCampaignSchema = z.object({
  slug: campaignSlugSchema,
  name: z
    .string({ error: 'signerNameRequired' })
    .transform((text) => text.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'signerNameRequired', abort: true })
        .max(signerNameMaxLength, { error: 'signerNameTooLong' })
        .regex(/\p{L}/u, { error: 'signerNameInvalid' }),
    ),
  email: emailSchema,
  country: z.string({ error: 'signerCountryRequired' }).pipe(countryCodeSchema),
  comment: z
    .string()
    .default('')
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(signatureCommentMaxLength, { error: 'signatureCommentTooLong' })),
  /** Whether the name (and country, and comment) may be shown on the campaign's page. */
  showName: ticked,
  /** The consent box: signing without it is refused beside it. */
  consent: ticked.pipe(z.literal(true, { error: 'consentRequired' })),
  /** Which words of the consent the form showed (consent.ts); an unknown one reads as today's. */
  consentVersion: z
    .enum(Object.keys(consentVersions) as [ConsentVersion, ...ConsentVersion[]])
    .catch(currentConsentVersion),
});

export type SignCampaignInput = z.input<typeof signCampaignSchema>;

/** A confirmation token as mailed: 43 characters of base64url (32 random bytes). */
export const signatureTokenPattern = /^[A-Za-z0-9_-]{43}$/;

// ─── Running campaigns (/manage/campaigns) ──────────────────────────────────
// Error keys of the `manageCampaigns.errors` catalogue (shared ones of `errors.fields`).

export const campaignTitleMaxLength = 200;
export const campaignGoalMaxLength = 400;
export const callToActionMaxLength = 120;
export const campaignBodyMaxLength = 50_000;
export const targetMaxLength = 200;
export const targetsMax = 20;
export const signatureGoalMax = 100_000_000;
export const updateTitleMaxLength = 200;
export const updateBodyMaxLength = 20_000;

/** Who is asked, one per line ("The African Commission", "The UN Human Rights Council"). */
const targetsSchema = linesSchema({
  maxLength: targetMaxLength,
  maxLines: targetsMax,
  tooLong: 'targetTooLong',
  tooMany: 'tooManyTargets',
}).default([]);

/** A whole number of signatures; empty is no goal (0). */
const signatureGoalSchema = z
  .string()
  .trim()
  .default('')
  .refine((text) => /^\d{0,9}$/.test(text.replace(/[\s,._]/g, '')), { error: 'signatureGoalInvalid' })
  .transform((text) => Number(text.replace(/[\s,._]/g, '') || '0'))
  .pipe(z.number().int().max(signatureGoalMax, { error: 'signatureGoalTooLarge' }));

/** Every field of a campaign, as the form sends them. */
const campaignFields = z.object({
  title: requiredLine(campaignTitleMaxLength, {
    required: 'titleRequired',
    tooLong: 'titleTooLong',
    invalid: 'titleInvalid',
  }),
  goal: requiredLine(campaignGoalMaxLength, {
    required: 'goalRequired',
    tooLong: 'goalTooLong',
    invalid: 'goalRequired',
  }),
  callToAction: requiredLine(callToActionMaxLength, {
    required: 'callToActionRequired',
    tooLong: 'callToActionTooLong',
    invalid: 'callToActionRequired',
  }),
  targets: targetsSchema,
  body: normalisedText(campaignBodyMaxLength, 'bodyTooLong').default(''),
  regions: regionSlugsSchema,
  startsAt: optionalDateSchema.refine((date) => date !== null, { error: 'startsAtRequired' }),
  endsAt: optionalDateSchema,
  signatureGoal: signatureGoalSchema,
});

/** The end, if any, is on or after the start; the start is then a date for sure. */
const withDates = <I, T extends { startsAt: Date | null; endsAt: Date | null }>(schema: z.ZodType<T, I>) =>
  schema
    .superRefine((campaign, context) => {
      if (campaign.startsAt && campaign.endsAt && campaign.endsAt < campaign.startsAt) {
        context.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsBeforeStart' });
      }
    })
    .transform(({ startsAt, ...campaign }) => ({ ...campaign, startsAt: startsAt as Date }));

/** Every field of a campaign, as the form sends them. */
export const campaignSchema = withDates(campaignFields);

export type CampaignInput = z.input<typeof campaignSchema>;
export type CampaignValues = z.output<typeof campaignSchema>;

/** A new campaign's form: empty, starting today, no goal. */
export const emptyCampaign = (today: Date) =>
  ({
    title: '',
    goal: '',
    callToAction: '',
    targets: '',
    body: '',
    regions: [],
    startsAt: today.toISOString().slice(0, 10),
    endsAt: '',
    signatureGoal: '',
  }) satisfies CampaignInput;

/** The form's list fields (checkbox groups), for formAction. */
export const campaignListFields = ['regions'] as const;

/** An existing campaign's form: the same fields and its id (a hidden field). */
export const campaignEditSchema = withDates(campaignFields.extend({ campaignId: recordIdSchema }));

/** The steps of a campaign's life, each from the states it leads from, to the state it leads to. */
export const campaignSteps = {
  launch: { from: ['DRAFT'], to: 'ACTIVE' },
  close: { from: ['ACTIVE'], to: 'CLOSED' },
  reopen: { from: ['CLOSED'], to: 'ACTIVE' },
  archive: { from: ['DRAFT', 'CLOSED'], to: 'ARCHIVED' },
} as const satisfies Record<string, { from: readonly CampaignStatus[]; to: CampaignStatus }>;

export type CampaignStep = keyof typeof campaignSteps;

export const campaignStepSchema = z.object({
  campaignId: recordIdSchema,
  step: z.enum(Object.keys(campaignSteps) as [CampaignStep, ...CampaignStep[]], { error: 'invalidInput' }),
});

/** A dated update posted on a campaign. */
export const campaignUpdateSchema = z.object({
  campaignId: recordIdSchema,
  title: requiredLine(updateTitleMaxLength, {
    required: 'updateTitleRequired',
    tooLong: 'updateTitleTooLong',
    invalid: 'updateTitleRequired',
  }),
  body: normalisedText(updateBodyMaxLength, 'updateBodyTooLong').pipe(
    z.string().min(1, { error: 'updateBodyRequired' }),
  ),
});

export type CampaignUpdateInput = z.input<typeof campaignUpdateSchema>;

/** Removing one update. */
export const campaignUpdateRemovalSchema = z.object({ campaignId: recordIdSchema, updateId: recordIdSchema });

/** The box a campaign's image is scaled down to fit (never enlarged, aspect ratio kept). */
export const campaignImageBox = { width: 1600, height: 900 } as const;

export const imageAltMaxLength = 300;

/**
 * What a campaign's image shows, for those who cannot see it: sent with the file in the image form
 * (or alone, to change it). Required while there is an image; one line.
 */
export const campaignImageAltSchema = z.object({
  imageAlt: requiredLine(imageAltMaxLength, {
    required: 'imageAltRequired',
    tooLong: 'imageAltTooLong',
    invalid: 'imageAltInvalid',
  }),
});

/** Removing a campaign's image: the campaign, named in a hidden field. */
export const campaignImageRemovalSchema = z.object({ campaignId: recordIdSchema });

/** What to do with held signatures: release (count) or discard them, one or all of a campaign's. */
export const heldSignaturesSchema = z.object({
  campaignId: recordIdSchema,
  signatureId: recordIdSchema.optional().or(z.literal('').transform(() => undefined)),
  decision: z.enum(['release', 'discard'], { error: 'invalidInput' }),
});

/** The filters of /manage/campaigns (GET): a state and a page; anything else is ignored. */
export const managedCampaignFiltersSchema = z.object({
  status: enumParam(CampaignStatus),
  page: pageParam,
});

export type ManagedCampaignFilters = z.infer<typeof managedCampaignFiltersSchema>;

// ─── Endorsements ───────────────────────────────────────────────────────────

/** Endorsing a campaign (or changing the tier) in one's organisation's name. */
export const endorseSchema = z.object({
  slug: campaignSlugSchema,
  tier: z.enum(EndorsementTier, { error: 'tierRequired' }),
});

/** Withdrawing one's organisation's endorsement. */
export const endorsementWithdrawalSchema = z.object({ slug: campaignSlugSchema });

/** Marking a co-sponsor as a lead of the campaign, or not. */
export const endorsementLeadSchema = z.object({
  campaignId: recordIdSchema,
  endorsementId: recordIdSchema,
  lead: z.enum(['true', 'false'], { error: 'invalidInput' }).transform((value) => value === 'true'),
});
