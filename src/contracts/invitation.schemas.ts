import { z } from 'zod';
import { INVITATION_ROLES } from '../domain/proposals/invitation.js';

/** Shapes of the invitation endpoints. A token never appears in a response. */

const LanguageSchema = z.enum(['en', 'ja']);
const InvitationRoleSchema = z.enum(INVITATION_ROLES as ['pi', 'member']).describe('pi: the team\'s principal investigator; member: a member of the team');
const InvitationStatusSchema = z.enum(['pending', 'accepted', 'revoked', 'expired']);

export const ProposalRefParamsSchema = z.object({ ref: z.string().min(1).max(64).describe('Proposal ref') });

export const InvitationIdParamsSchema = ProposalRefParamsSchema.extend({ id: z.coerce.number().int().positive().describe('Invitation id') });

export const InvitationTokenParamsSchema = z.object({ token: z.string().min(10).max(200).describe('The single-use token from the invitation link') });

export const InviteBodySchema = z.object({
  email: z.email().max(320).describe('Address the invitation is mailed to'),
  teamPosition: z.number().int().min(0).max(50).describe('Index of the team in the proposal (0 is usually the lead team)'),
  role: InvitationRoleSchema,
  language: LanguageSchema.describe('Language of the invitation mail'),
});
export type InviteBody = z.infer<typeof InviteBodySchema>;

export const InvitationSchema = z.object({
  id: z.number().int().describe('Invitation id'),
  proposal: z.string().describe('Proposal ref'),
  teamPosition: z.number().int().describe('Index of the team'),
  role: InvitationRoleSchema,
  email: z.string().describe('Invited address'),
  language: LanguageSchema.describe('Language of the mail'),
  status: InvitationStatusSchema.describe('Status now: pending, accepted, revoked or expired'),
  createdAt: z.string().describe('When it was sent (ISO 8601, UTC)'),
  expiresAt: z.string().describe('When the link stops working (ISO 8601, UTC)'),
  acceptedAt: z.string().nullable().describe('When it was accepted'),
  revokedAt: z.string().nullable().describe('When it was revoked'),
});
export type InvitationResponse = z.infer<typeof InvitationSchema>;

export const InvitationListResponseSchema = z.object({ items: z.array(InvitationSchema).describe('Newest first') });
export type InvitationListResponse = z.infer<typeof InvitationListResponseSchema>;

const TextSchema = z.object({ en: z.string().nullish().describe('English'), ja: z.string().nullish().describe('Japanese') });

export const InvitationPreviewSchema = z.object({
  proposal: z.object({ ref: z.string().describe('Proposal ref'), title: TextSchema.describe('Proposal title') }),
  call: z.object({ code: z.string().describe('Call code'), title: TextSchema.describe('Call title') }),
  team: z.object({ position: z.number().int().describe('Team index'), role: z.enum(['lead', 'partner']).describe('Side of the team'), country: z.string().describe('Country of the team') }),
  role: InvitationRoleSchema,
  email: z.string().describe('Invited address'),
  status: InvitationStatusSchema,
  expiresAt: z.string().describe('When the link stops working'),
  hasAccount: z.boolean().describe('Whether an account with the invited address exists: then sign in before accepting'),
});
export type InvitationPreviewResponse = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationBodySchema = z.object({
  account: z
    .object({
      password: z.string().min(10).max(1000).describe('Password of the new account (at least 10 characters)'),
      displayName: z
        .object({ en: z.string().max(200).nullish().describe('Name in Latin script'), ja: z.string().max(200).nullish().describe('Name in Japanese') })
        .describe('Name in either or both scripts (optional)'),
      locale: LanguageSchema.describe('Interface language of the new account'),
    })
    .optional()
    .describe('Only when no one is signed in: creates an account for the invited address'),
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;

export const AcceptInvitationResponseSchema = z.object({
  proposal: z.string().describe('Ref of the proposal joined'),
  teamPosition: z.number().int().describe('Index of the team joined'),
  role: InvitationRoleSchema,
  createdAccount: z.boolean().describe('Whether a new account was created (and signed in)'),
});
export type AcceptInvitationResponse = z.infer<typeof AcceptInvitationResponseSchema>;
