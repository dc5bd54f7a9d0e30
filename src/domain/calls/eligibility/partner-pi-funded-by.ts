import { personLabel } from './labels.js';
import type { NestedMessage, RuleFailure, RuleInput } from './types.js';

/**
 * `partner_pi_funded_by`: the partner team's listed funding names one of the agencies the rule
 * lists (ASPIRE: a partner who already holds funding from a major funder of their country).
 * Any listed funding counts, not only the first; in a multilateral proposal every partner team
 * is checked, and a proposal without a partner team fails.
 */
export function checkPartnerPiFundedBy(input: RuleInput, rule: { agencies: readonly string[] }): RuleFailure | null {
  const { proposal, people } = input;
  const accepted = [...rule.agencies];
  const partners = proposal.teams.filter((team) => team.role === 'partner');
  if (partners.length === 0) {
    return { rule: 'partner_pi_funded_by', key: 'partner_pi_funded_by.no_partner', params: { agencies: accepted } };
  }
  const unfunded: NestedMessage[] = partners
    .filter((team) => !team.funding.some((agency) => rule.agencies.includes(agency)))
    .map((team): NestedMessage =>
      team.funding.length === 0
        ? { key: 'partner_pi_funded_by.team_none', params: { pi: personLabel(people, team.pi) } }
        : { key: 'partner_pi_funded_by.team_other', params: { pi: personLabel(people, team.pi), funding: [...team.funding] } },
    );
  return unfunded.length === 0 ? null : { rule: 'partner_pi_funded_by', key: 'partner_pi_funded_by.unfunded', params: { teams: unfunded, agencies: accepted } };
}
