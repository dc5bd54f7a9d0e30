import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from './index.js';
import { fixtureCall, fixtureInput, fixtureProposal } from './rule-input.fixture.js';

describe('evaluateEligibility', () => {
  it('passes an eligible proposal under every rule', () => {
    const call = fixtureCall({
      rules: [{ rule: 'partner_pi_funded_by', agencies: ['ANR'] }, { rule: 'exchange_required', minEarlyCareer: 1 }, { rule: 'budget_within_cap' }, { rule: 'one_proposal_per_pi' }],
    });
    expect(evaluateEligibility(fixtureInput({ call }))).toEqual([]);
  });

  it('applies deadline, field and duration to every call, then the listed rules in order, once each', () => {
    const call = fixtureCall({ rules: [{ rule: 'exchange_required', minEarlyCareer: 2 }, { rule: 'partner_pi_funded_by', agencies: ['DFG'] }, { rule: 'exchange_required', minEarlyCareer: 3 }] });
    const proposal = fixtureProposal({ field: 'bio', durationMonths: 12, submittedAt: new Date('2026-07-01T00:00:00Z') });
    expect(evaluateEligibility(fixtureInput({ call, proposal })).map((failure) => failure.rule)).toEqual(['deadline', 'field', 'duration', 'exchange_required', 'partner_pi_funded_by']);
  });

  it('does not apply rules the call does not list', () => {
    const proposal = fixtureProposal({ exchanges: [], teams: [] });
    expect(evaluateEligibility(fixtureInput({ proposal }))).toEqual([]);
  });
});
