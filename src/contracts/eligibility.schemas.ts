import { z } from 'zod';
import { ELIGIBILITY_RULE_CODES } from '../domain/calls/eligibility/types.js';
import { LocalisedMessageSchema } from './api.schemas.js';

/**
 * The eligibility report: what `GET /api/calls/:code/eligibility`, `GET /api/proposals/:ref/eligibility`
 * and `kakehashi check --call C --format json` return (INTERCHANGE.md keeps these names stable).
 */
export const EligibilityFailureSchema = z
  .object({
    rule: z.enum(ELIGIBILITY_RULE_CODES).describe('The rule that failed: deadline, field and duration apply to every call; the others when the call lists them'),
    message: LocalisedMessageSchema.describe('What is wrong and what to fix, naming every offending side, year, person or proposal'),
  })
  .describe('One failed rule');

export const ProposalEligibilitySchema = z
  .object({
    ref: z.string().describe('Proposal reference'),
    eligible: z.boolean().describe('True when no rule fails'),
    failures: z.array(EligibilityFailureSchema).describe('One entry per failed rule, in the order the rules run'),
  })
  .describe('The eligibility of one proposal');

export const CallEligibilityReportSchema = z
  .object({
    call: z.string().describe('Call code'),
    proposals: z.array(ProposalEligibilitySchema).describe('Every proposal of the call, ordered by ref'),
  })
  .describe('The eligibility of every proposal of a call');

export type EligibilityFailureOut = z.infer<typeof EligibilityFailureSchema>;
export type ProposalEligibilityOut = z.infer<typeof ProposalEligibilitySchema>;
export type CallEligibilityReportOut = z.infer<typeof CallEligibilityReportSchema>;
