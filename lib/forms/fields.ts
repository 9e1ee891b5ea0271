// Field schemas that several forms share, so a web address means the same on /join and on an
// organisation's profile. Messages are catalogue keys each form's catalogue defines.
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/**
 * An optional web address: "example.org/about" is read as https://example.org/about; only http(s)
 * addresses on a domain pass (no `javascript:`); empty is null. Messages: websiteTooLong, websiteInvalid.
 */
export const optionalWebsiteSchema = z
  .string()
  .trim()
  .max(300, { error: 'websiteTooLong' })
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => value === '' || httpUrl.safeParse(value).success, { error: 'websiteInvalid' })
  .transform((value) => value || null);
