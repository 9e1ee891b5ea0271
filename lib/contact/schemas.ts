// The contact form of /contact, and the staff's buttons and list of /manage/messages. Error messages
// are keys of the `contact.errors` catalogue (shared ones of `errors.fields`); the staff's of
// `contactMessages.errors`.
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/schemas';
import { recordIdSchema } from '@/lib/forms/fields';
import { ContactSubject } from '@/lib/generated/prisma/enums';
import { firstValue, pageParam } from '@/lib/site/search-params';

export const contactNameMaxLength = 120;
export const contactMessageMaxLength = 5000;

/** The subjects a visitor chooses from, in the form's order (the ContactSubject enum). */
export const contactSubjects = Object.values(ContactSubject);

/** Any line break, including the Unicode ones some mail programs and terminals honour. */
const lineBreak = /[\r\n\u0085\u2028\u2029]/;

/** Bidirectional overrides and isolates, which could make a name read as other text around it. */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

export const contactMessageSchema = z.object({
  /** One line: a name with a line break is refused (never folded into something else). */
  name: z
    .string({ error: 'nameRequired' })
    .refine((text) => !lineBreak.test(text), { error: 'nameOneLine', abort: true })
    .transform((text) => text.replace(bidiControls, '').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'nameRequired', abort: true })
        .max(contactNameMaxLength, { error: 'nameTooLong' })
        .regex(/\p{L}/u, { error: 'nameInvalid' }),
    ),
  email: emailSchema,
  subject: z.string({ error: 'subjectRequired' }).pipe(z.enum(ContactSubject, { error: 'subjectRequired' })),
  /** Plain text; line breaks as the browser may send them (CRLF) read as one kind. */
  message: z
    .string({ error: 'messageRequired' })
    .transform((text) => text.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'messageRequired', abort: true })
        .max(contactMessageMaxLength, { error: 'messageTooLong' }),
    ),
});

export type ContactMessageInput = z.input<typeof contactMessageSchema>;

/** Mark a message handled, or open it again: a button that carries only the message's id. */
export const contactMessageIdSchema = z.object({ id: recordIdSchema });

export type ContactMessageIdInput = z.input<typeof contactMessageIdSchema>;

/** Which messages /manage/messages lists: those waiting for an answer, or those handled. */
export const contactMessageStates = ['open', 'handled'] as const;

export type ContactMessageState = (typeof contactMessageStates)[number];

/** The list's GET filters (/manage/messages?state=handled&page=2); open when not given. */
export const contactMessageFiltersSchema = z.object({
  state: z.preprocess(firstValue, z.enum(contactMessageStates)).catch('open'),
  page: pageParam,
});

export type ContactMessageFilters = z.infer<typeof contactMessageFiltersSchema>;

export function parseContactMessageFilters(searchParams: Record<string, unknown>): ContactMessageFilters {
  return contactMessageFiltersSchema.parse(searchParams);
}
