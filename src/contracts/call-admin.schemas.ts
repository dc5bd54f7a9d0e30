import { z } from 'zod';
import { CALL_STATUSES } from '../domain/calls/lifecycle.js';
import { BundleCallSchema, CriterionSchema, RuleSchema } from './bundle.schemas.js';
import { BilingualTextSchema, CodeSchema, InstantSchema } from './common.schemas.js';

/**
 * Shapes of configuring a call: creating, editing, copying, approving, publishing, moving it
 * through its lifecycle and extending a deadline. A call's content has the bundle's shape, so
 * what an officer types in the browser and what an agency imports from a file are one format.
 */

/** A call's content as officers configure it: the bundle's call without its status (the lifecycle sets that). */
export const CallConfigSchema = BundleCallSchema.omit({ status: true }).describe('A call\'s configuration, as in the bundle');
export type CallConfig = z.infer<typeof CallConfigSchema>;

/**
 * A change to a draft or an open call: any fields of its configuration except the code, each
 * replacing the stored value whole. Lists carry no default here, so an absent list is kept.
 */
export const UpdateCallBodySchema = CallConfigSchema.omit({ code: true, criteria: true, rules: true })
  .partial()
  .extend({
    criteria: z.array(CriterionSchema).optional(),
    rules: z.array(RuleSchema).optional(),
  })
  .describe('Fields of the call to replace; absent fields keep their value');
export type UpdateCallBody = z.infer<typeof UpdateCallBodySchema>;

export const CopyCallBodySchema = z
  .strictObject({
    code: CodeSchema.describe('Code of the new call'),
    title: BilingualTextSchema.nullish().describe('Title of the new call; the earlier title when absent'),
    shiftYears: z
      .number()
      .int()
      .min(-50)
      .max(50)
      .nullish()
      .describe('Move the opening and the deadlines by this many years (local time kept); absent or null clears the deadlines'),
  })
  .describe('A new draft copied from an earlier call');
export type CopyCallBody = z.infer<typeof CopyCallBodySchema>;

export const ApproveCallBodySchema = z
  .strictObject({
    agency: CodeSchema.nullish().describe('The side agency approved for; needed only by an officer of several side agencies'),
  })
  .describe('An officer\'s approval of the draft on behalf of their agency');
export type ApproveCallBody = z.infer<typeof ApproveCallBodySchema>;

export const TransitionCallBodySchema = z
  .strictObject({ to: z.enum(CALL_STATUSES).describe('The status to move the call to') })
  .describe('A move of the call through its lifecycle');
export type TransitionCallBody = z.infer<typeof TransitionCallBodySchema>;

export const ExtendDeadlineBodySchema = z
  .strictObject({
    side: z.number().int().min(0).describe('Position of the side in the call\'s sides (0 is the first)'),
    deadline: InstantSchema.describe('The new deadline, later than the current one'),
    reason: z.string().trim().min(1).max(2000).describe('Why; every applicant of the call receives it by mail'),
  })
  .describe('A later deadline for one side of a published call');
export type ExtendDeadlineBody = z.infer<typeof ExtendDeadlineBodySchema>;

const InstantOutSchema = z.string().describe('ISO 8601 instant (UTC)');

export const CallApprovalOutSchema = z.object({
  agency: z.string(),
  approvedBy: z.object({ email: z.string(), displayName: z.object({ en: z.string().nullable(), ja: z.string().nullable() }) }).nullable(),
  approvedAt: InstantOutSchema,
});

export const DeadlineChangeOutSchema = z.object({
  side: z.number().int(),
  agency: z.string().nullable(),
  oldDeadline: InstantOutSchema.nullable(),
  newDeadline: InstantOutSchema,
  reason: z.string(),
  changedBy: z.string(),
  changedAt: InstantOutSchema,
});

export const CallAdminViewSchema = z
  .object({
    code: z.string(),
    status: z.enum(CALL_STATUSES),
    publishedAt: InstantOutSchema.nullable(),
    call: BundleCallSchema.describe('The call\'s configuration, instants in UTC'),
    requiredApprovals: z.array(z.string()).describe('Agencies whose approval publishing needs'),
    approvals: z.array(CallApprovalOutSchema),
    deadlineChanges: z.array(DeadlineChangeOutSchema),
    proposals: z.object({ submitted: z.number().int(), draft: z.number().int(), undecided: z.number().int() }),
    allowed: z
      .object({
        edit: z.boolean(),
        approveFor: z.array(z.string()).describe('Agencies the user may approve for now'),
        publish: z.boolean(),
        transitions: z.array(z.enum(CALL_STATUSES)).describe('Statuses the user may move the call to (if the facts allow)'),
        extendDeadline: z.array(z.number().int()).describe('Positions of the sides whose deadline the user may extend'),
        copy: z.boolean(),
      })
      .describe('What the signed-in user may do with the call; the server checks again on every request'),
    refusals: z
      .record(z.string(), z.array(z.object({ reason: z.string(), message: z.object({ en: z.string(), ja: z.string() }) })))
      .describe('For each next status, why the call cannot move there now (empty list: it can)'),
  })
  .describe('A call as its officers manage it');
export type CallAdminView = z.infer<typeof CallAdminViewSchema>;
