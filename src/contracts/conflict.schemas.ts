import { z } from 'zod';
import { CONFLICT_REASONS } from './bundle.schemas.js';
import { CodeSchema } from './common.schemas.js';

/**
 * Conflicts of interest of a call over HTTP: `GET /api/calls/:code/conflicts` (the call's staff),
 * an officer's added conflict, and waivers. Each entry carries what `kakehashi conflicts` prints
 * (`proposal`, `reviewer`, `agency`, `reasons`, `waived` only when waived) plus the names and
 * declarations a person needs to judge it.
 */

const NameSchema = z.object({ en: z.string().nullable(), ja: z.string().nullable() });

export const ConflictWaiverSchema = z
  .object({
    reason: z.string().describe('Why the officer waived it'),
    by: z.string().describe('Who waived it (actor label)'),
    at: z.string().describe('When (ISO 8601)'),
  })
  .describe('An officer\'s waiver: the conflict stays listed and the pair may be assigned');

export const ConflictDeclarationSchema = z
  .object({
    note: z.string().nullable().describe('Why, in the declarer\'s words (null for imported declarations)'),
    by: z.string().nullable().describe('Who declared it (actor label); null when imported from a bundle'),
    at: z.string().nullable(),
  })
  .describe('Who declared the conflict, and why');

export const ConflictEntrySchema = z
  .object({
    proposal: z.string().describe('Proposal ref'),
    reviewer: z.string().describe('The reviewer\'s person ref'),
    agency: z.string().describe('Code of the agency whose pool the reviewer is in'),
    reasons: z.array(z.enum(CONFLICT_REASONS)).describe('Every rule that holds: declared, team_member, institution, coauthor'),
    waived: ConflictWaiverSchema.optional().describe('Present only when waived'),
    reviewerName: NameSchema,
    proposalTitle: NameSchema,
    declaration: ConflictDeclarationSchema.optional().describe('Present when the reasons include `declared`'),
  })
  .describe('A conflicted (proposal, reviewer) pair');

export const CallConflictsSchema = z
  .object({
    call: z.string(),
    agencies: z.array(z.string()).describe('The call\'s agencies whose review the reader may run (add or waive conflicts)'),
    conflicts: z.array(ConflictEntrySchema).describe('Ordered by proposal, agency, reviewer'),
  })
  .describe('Every conflicted pair of a call, with reasons, declarations and waivers');

export const CallConflictsQuerySchema = z.object({ agency: CodeSchema.optional().describe('Only this agency\'s pool') });

export const AddConflictBodySchema = z
  .strictObject({
    proposal: CodeSchema.describe('Proposal ref (of this call)'),
    reviewer: CodeSchema.describe('The reviewer\'s person ref'),
    agency: CodeSchema.describe('The pool the reviewer is in'),
    reason: z.string().trim().min(1).max(2000).describe('Why, recorded with the conflict'),
  })
  .describe('An officer records a conflict for a reviewer (reason `declared`)');

export const ConflictPairParamsSchema = z.object({
  code: z.string().min(1).max(64).describe('Call code'),
  agency: CodeSchema.describe('The pool\'s agency'),
  proposal: CodeSchema.describe('Proposal ref'),
  reviewer: CodeSchema.describe('The reviewer\'s person ref'),
});

export const WaiveConflictBodySchema = z
  .strictObject({ reason: z.string().trim().min(1).max(2000).describe('Why the conflict does not matter for this pair (required, recorded)') })
  .describe('Waive a detected conflict');

export type CallConflictsOut = z.infer<typeof CallConflictsSchema>;
export type ConflictEntryOut = z.infer<typeof ConflictEntrySchema>;
export type AddConflictBody = z.infer<typeof AddConflictBodySchema>;
export type WaiveConflictBody = z.infer<typeof WaiveConflictBodySchema>;
