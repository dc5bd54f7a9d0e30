import { z } from 'zod';
import { LocalisedMessageSchema } from './api.schemas.js';
import { CONFLICT_REASONS } from './bundle.schemas.js';

/**
 * An agency's reviewer assignment in a call: what `/api/calls/:code/review/:agency/assignment`
 * and its sub-paths take and return, and what `kakehashi assign --format json` prints.
 */

const RefSchema = z.string().min(1).max(200);

export const AssignmentParamsSchema = z.object({
  code: z.string().min(1).max(64).describe('Call code'),
  agency: z.string().min(1).max(32).describe('Code of the reviewing agency'),
});

export const SolveAssignmentBodySchema = z
  .object({
    perProposal: z.number().int().min(1).max(50).optional().describe("Reviewers per proposal; default the call's reviewsPerProposal, else 3"),
    replacePublished: z.boolean().optional().describe('Replace a published assignment (its reviewers were notified); without it solving a published assignment is refused'),
  })
  .describe('Solve the assignment exactly and store it as the draft');

export const ConstraintBodySchema = z
  .object({
    proposal: RefSchema.describe('Proposal reference'),
    reviewer: RefSchema.describe("Reviewer's person ref"),
    kind: z.enum(['pin', 'forbid', 'clear']).describe('pin: the next solve must use the pair; forbid: it must not; clear: neither'),
  })
  .describe('Pin or forbid a pair before solving, or clear either');

export const PairEditBodySchema = z
  .object({
    proposal: RefSchema.describe('Proposal reference'),
    reviewer: RefSchema.describe("Reviewer's person ref"),
    action: z.enum(['add', 'remove']).describe('Add the pair to the draft or remove it'),
  })
  .describe('A hand edit of the draft assignment');

export const AffinityQuerySchema = z.object({
  proposal: RefSchema.describe('Proposal reference'),
  reviewer: RefSchema.describe("Reviewer's person ref"),
});

export const AffinitySchema = z
  .object({
    proposal: z.string().describe('Proposal reference'),
    reviewer: z.string().describe("Reviewer's person ref"),
    proposalTitle: LocalisedMessageSchema.describe('The proposal title in each language (the other one when a language is missing)'),
    score: z.number().describe('Affinity in [0, 1]: 0.8 × text score + 0.2 when the fields match'),
    textScore: z.number().describe('Cosine of the TF-IDF vectors of the proposal and the reviewer, in [0, 1]'),
    isFieldMatch: z.boolean().describe("Whether the proposal's field is one of the reviewer's"),
    sharedTerms: z.array(z.string()).describe('Shared words that explain the text score, largest contribution first, as the proposal writes them'),
  })
  .describe('Why a reviewer fits a proposal');

export const ViolationSchema = z
  .object({
    kind: z
      .enum(['proposal_coverage', 'reviewer_over_max', 'reviewer_under_min', 'conflicted_pair', 'forbidden_pair', 'pinned_pair_missing', 'unknown_pair'])
      .describe('Which constraint is broken'),
    proposal: z.string().optional().describe('Proposal reference, when the violation concerns one'),
    reviewer: z.string().optional().describe("Reviewer's person ref, when the violation concerns one"),
    assigned: z.number().int().optional().describe('Reviewers the proposal has (proposal_coverage)'),
    needed: z.number().int().optional().describe('Reviewers the proposal needs (proposal_coverage)'),
    load: z.number().int().optional().describe("The reviewer's number of proposals"),
    maxLoad: z.number().int().optional().describe("The reviewer's maximum load"),
    minLoad: z.number().int().optional().describe("The reviewer's minimum load"),
    message: LocalisedMessageSchema.describe('What is wrong, in both languages'),
  })
  .describe('One broken constraint of the assignment');

export const AssignedReviewerSchema = z.object({
  reviewer: z.string().describe("Reviewer's person ref"),
  name: LocalisedMessageSchema.describe("The reviewer's name in each language"),
  affinity: z.number().describe('Affinity the pair was assigned with (an agency override if one was given)'),
  sharedTerms: z.array(z.string()).describe('Shared words behind the computed affinity'),
  source: z.enum(['solver', 'pinned', 'manual']).describe('Who put the pair there'),
});

export const AssignmentProposalSchema = z.object({
  proposal: z.string().describe('Proposal reference'),
  title: LocalisedMessageSchema.describe('Title in each language (the other one when missing)'),
  field: z.string().describe('Research field code'),
  reviewers: z.array(AssignedReviewerSchema).describe('Assigned reviewers, highest affinity first'),
});

export const AssignmentReviewerSchema = z.object({
  reviewer: z.string().describe("Reviewer's person ref"),
  name: LocalisedMessageSchema.describe("The reviewer's name in each language"),
  fields: z.array(z.string()).describe('Research fields'),
  minLoad: z.number().int().describe('Fewest proposals the reviewer must receive'),
  maxLoad: z.number().int().describe('Most proposals the reviewer may receive'),
  load: z.number().int().describe('Proposals assigned now'),
});

export const AssignmentConstraintSchema = z.object({
  proposal: z.string().describe('Proposal reference'),
  reviewer: z.string().describe("Reviewer's person ref"),
  kind: z.enum(['pin', 'forbid']).describe('Pinned into or forbidden from the next solve'),
  setBy: z.string().describe('Who set it'),
  setAt: z.string().describe('When (ISO 8601, UTC)'),
});

export const AssignmentConflictSchema = z.object({
  proposal: z.string().describe('Proposal reference'),
  reviewer: z.string().describe("Reviewer's person ref"),
  reasons: z.array(z.enum(CONFLICT_REASONS)).describe('Every rule that holds: declared, team_member, institution, coauthor'),
  isWaived: z.boolean().describe('An officer waived it: the pair may be assigned'),
});

export const AssignmentViewSchema = z
  .object({
    call: z.string().describe('Call code'),
    agency: z.string().describe('Reviewing agency code'),
    status: z.enum(['none', 'draft', 'published']).describe('none until first solved'),
    defaultPerProposal: z.number().int().describe("The call's reviewsPerProposal, else 3"),
    perProposal: z.number().int().describe('Reviewers per proposal of the stored assignment (the default before the first solve)'),
    objective: z.number().describe('Total affinity of the stored pairs'),
    solvedBy: z.string().nullable().describe('Who solved it last'),
    solvedAt: z.string().nullable().describe('When (ISO 8601, UTC)'),
    editedAt: z.string().nullable().describe('Last hand edit since solving'),
    publishedBy: z.string().nullable().describe('Who published it'),
    publishedAt: z.string().nullable().describe('When it was published'),
    proposals: z.array(AssignmentProposalSchema).describe("The agency's side: submitted proposals it reviews, by ref"),
    reviewers: z.array(AssignmentReviewerSchema).describe("The agency's reviewer pool with current loads, by person ref"),
    constraints: z.array(AssignmentConstraintSchema).describe('Pinned and forbidden pairs'),
    conflicts: z.array(AssignmentConflictSchema).describe('Conflicted pairs of this pool and side, waived ones included'),
    violations: z.array(ViolationSchema).describe('Every constraint the stored pairs break now; publishing needs none'),
    mailed: z.number().int().optional().describe('Reviewers notified by mail (only in the answer to publishing)'),
  })
  .describe("An agency's assignment of a call, as its officers edit it");

export const AssignAssignmentSchema = z.object({
  proposal: z.string().describe('Proposal reference'),
  reviewer: z.string().describe("Reviewer's person ref"),
  affinity: z.number().describe('Affinity of the pair'),
});

export const SolvedAssignmentSchema = z
  .object({
    call: z.string().describe('Call code'),
    agency: z.string().describe('Reviewing agency code'),
    objective: z.number().describe('Total affinity: the maximum under the constraints'),
    assignments: z.array(AssignAssignmentSchema).describe('Every pair, by proposal then reviewer'),
  })
  .describe('What `kakehashi assign --format json` prints');

export type AssignmentView = z.infer<typeof AssignmentViewSchema>;
export type Violation = z.infer<typeof ViolationSchema>;
export type Affinity = z.infer<typeof AffinitySchema>;
export type SolvedAssignmentOut = z.infer<typeof SolvedAssignmentSchema>;
export type ConstraintBody = z.infer<typeof ConstraintBodySchema>;
export type PairEditBody = z.infer<typeof PairEditBodySchema>;
export type SolveAssignmentBody = z.infer<typeof SolveAssignmentBodySchema>;
