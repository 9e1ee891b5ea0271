// Forms of organisation teams (/account/organization/team) and of staff inviting a person
// (/manage/people/invite). Error messages are keys of the `teams.errors` catalogue (with the shared
// fallbacks of `errors.fields`).
import { z } from 'zod';
import { emailSchema, linkTokenSchema } from '@/lib/auth/schemas';
import { organizationTypes } from '@/lib/directory/schemas';
import { recordIdSchema, regionSlugsSchema, slugPattern } from '@/lib/forms/fields';
import { OrganizationType } from '@/lib/generated/prisma/enums';

export { organizationTypes };

/** A lone checkbox: "yes" when ticked (its value); absent, false or anything else when not. */
const ticked = z
  .unknown()
  .optional()
  .transform((value) => value === 'yes');

/** A person's name as they are invited: one line with letters or digits. */
const personName = z
  .string({ error: 'nameRequired' })
  .transform((text) => text.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, { error: 'nameRequired', abort: true })
      .max(200, { error: 'nameTooLong' })
      .regex(/[\p{L}\p{N}]/u, { error: 'nameRequired' }),
  );

/** The id of the organisation a team form acts on (a hidden field). */
export const teamOrganizationSchema = z.object({ organizationId: recordIdSchema });

/** An organisation's admin (or staff) invites a colleague by name and address. */
export const inviteColleagueSchema = z.object({
  organizationId: recordIdSchema,
  name: personName,
  email: z.string({ error: 'emailRequired' }).pipe(emailSchema),
  organizationAdmin: ticked,
});

export type InviteColleagueInput = z.input<typeof inviteColleagueSchema>;

/** One colleague of the team: remove them, or make them an admin of the team or not. */
export const colleagueSchema = z.object({
  organizationId: recordIdSchema,
  memberId: recordIdSchema,
});

export const setTeamAdminSchema = colleagueSchema.extend({
  organizationAdmin: z.enum(['true', 'false'], { error: 'invalidInput' }).transform((value) => value === 'true'),
});

/** The organisation's name and type, which its admins and staff change. */
export const organizationIdentitySchema = z.object({
  organizationId: recordIdSchema,
  name: z
    .string({ error: 'organizationNameRequired' })
    .transform((text) => text.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'organizationNameRequired', abort: true })
        .max(200, { error: 'organizationNameTooLong' })
        .regex(/[\p{L}\p{N}]/u, { error: 'organizationNameInvalid' }),
    ),
  type: z.enum(OrganizationType, { error: 'organizationTypeRequired' }),
});

export type OrganizationIdentityInput = z.input<typeof organizationIdentitySchema>;

/** Whom staff invite a person as: a member of an organisation, a coordinator or an admin. */
export const inviteTargets = ['MEMBER', 'COORDINATOR', 'ADMIN'] as const;

/** Staff invite a person directly: to an organisation (its slug), or as a coordinator (regions) or admin. */
export const invitePersonSchema = z
  .object({
    name: personName,
    email: z.string({ error: 'emailRequired' }).pipe(emailSchema),
    role: z.enum(inviteTargets, { error: 'roleRequired' }),
    // The organisation's slug, or its directory address pasted whole (…/directory/<slug>).
    organization: z
      .string()
      .max(500, { error: 'organizationRequired' })
      .optional()
      .default('')
      .transform((text) => (text.trim().split('/directory/')[1] ?? text.trim()).split(/[/?#]/)[0] ?? ''),
    organizationAdmin: ticked,
    regions: regionSlugsSchema,
  })
  .superRefine((value, context) => {
    if (value.role === 'MEMBER' && !slugPattern.test(value.organization)) {
      context.addIssue({ code: 'custom', path: ['organization'], message: 'organizationRequired' });
    }
  });

export type InvitePersonInput = z.input<typeof invitePersonSchema>;

/** The staff invite form's list fields (checkbox groups), for formAction. */
export const invitePersonListFields = ['regions'] as const;

/** Following a team invitation (/join-team/[token]): the mailed link's token, from a hidden field. */
export const acceptTeamInvitationSchema = z.object({ token: linkTokenSchema });
