// The consent a signer gives, by version. The words are `campaigns.sign.consent` in the messages;
// each signature stores the version it was given under, so what a person agreed to can be shown
// later even after the words change. Change the words: add a new version here, keep the old ones.

export const consentVersions = {
  '2026-12-03': 'campaigns.sign.consent',
} as const;

export type ConsentVersion = keyof typeof consentVersions;

/** The version the form shows today. */
export const currentConsentVersion: ConsentVersion = '2026-12-03';

/** How long a confirmation link works. */
export const confirmationLifetimeDays = 7;

/** At most this many "already signed" (or new link) mails per signature: nobody is flooded through it. */
export const repeatNoticeLimit = 3;
