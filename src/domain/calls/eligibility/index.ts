import { checkBudgetWithinCap } from './budget-within-cap.js';
import { checkDeadline } from './deadline.js';
import { checkDuration } from './duration.js';
import { checkExchangeRequired } from './exchange-required.js';
import { checkField } from './field.js';
import { checkOneProposalPerPi } from './one-proposal-per-pi.js';
import { checkPartnerPiFundedBy } from './partner-pi-funded-by.js';
import type { EligibilityRule } from '../../model.js';
import type { RuleFailure, RuleInput } from './types.js';

export * from './types.js';
export { isEarlyCareer, EARLY_CAREER_YEARS_AFTER_PHD } from './exchange-required.js';
export { indexSubmittedProposalsByPi } from './one-proposal-per-pi.js';

function checkListedRule(input: RuleInput, rule: EligibilityRule): RuleFailure | null {
  switch (rule.rule) {
    case 'partner_pi_funded_by':
      return checkPartnerPiFundedBy(input, rule);
    case 'exchange_required':
      return checkExchangeRequired(input, rule);
    case 'budget_within_cap':
      return checkBudgetWithinCap(input);
    case 'one_proposal_per_pi':
      return checkOneProposalPerPi(input);
  }
}

/**
 * Runs every rule on one proposal: `deadline`, `field` and `duration`, which apply to every call,
 * then the rules the call lists, in its order. Returns one failure per failed rule (a rule listed
 * twice reports once, its first failure); an empty list means eligible.
 */
export function evaluateEligibility(input: RuleInput): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const add = (failure: RuleFailure | null) => {
    if (failure && !failures.some((existing) => existing.rule === failure.rule)) failures.push(failure);
  };
  add(checkDeadline(input));
  add(checkField(input));
  add(checkDuration(input));
  for (const rule of input.call.rules) add(checkListedRule(input, rule));
  return failures;
}
