// The signing form of a campaign page, and the link a signer follows to confirm. Error messages
// are keys of the `campaigns.errors` catalogue (shared ones of `errors.fields`).
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schemas';
import { countryCodeSchema } from '@/lib/forms/fields';
import { consentVersions, currentConsentVersion, type ConsentVersion } from './consent';

export const signerNameMaxLength = 120;
export const signatureCommentMaxLength = 500;

/** A ticked box as the browser sends it ("on", or whatever value it carries); absent is unticked. */
const ticked = z.preprocess(
  (value) => value !== undefined && value !== null && value !== '' && value !== false,
  z.boolean(),
);

export const signCampaignSchema = z.object({
  slug: z.string().trim().min(1).max(200),
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
