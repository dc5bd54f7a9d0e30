import { localYearOf } from '../../time.js';
import { personLabel } from './labels.js';
import type { EligibilityPerson, RuleFailure, RuleInput } from './types.js';

/** How many years after the PhD a researcher still counts as early-career (issue 4). */
export const EARLY_CAREER_YEARS_AFTER_PHD = 10;

/**
 * Early-career for a call opening in `openingYear`: no PhD yet, or a PhD in the opening year
 * minus 10 or later (2016 counts for a call opening in 2026; 2015 does not).
 */
export function isEarlyCareer(person: Pick<EligibilityPerson, 'phdYear'>, openingYear: number): boolean {
  return person.phdYear === null || person.phdYear >= openingYear - EARLY_CAREER_YEARS_AFTER_PHD;
}

/**
 * `exchange_required`: at least `minEarlyCareer` of the proposal's exchanges are by early-career
 * people. The opening year is the calendar year of the call's opening instant in the lead
 * agency's zone (a call opening 1 January 00:30 in Tokyo opens in that year, not the UTC one).
 * Each exchange counts, so one person sent twice counts twice, as the exchange plan lists it.
 */
export function checkExchangeRequired(input: RuleInput, rule: { minEarlyCareer: number }): RuleFailure | null {
  const { call, proposal, people } = input;
  const openingYear = localYearOf(call.opensAt, call.leadTimezone);
  let count = 0;
  const notEarly: Array<{ key: string; params: { person: ReturnType<typeof personLabel>; phdYear: number } }> = [];
  for (const exchange of proposal.exchanges) {
    const person = people.get(exchange.person);
    // An unknown person cannot be shown to be early-career.
    if (person && isEarlyCareer(person, openingYear)) count += 1;
    else notEarly.push({ key: 'exchange_required.not_early', params: { person: personLabel(people, exchange.person), phdYear: person?.phdYear ?? 0 } });
  }
  if (count >= rule.minEarlyCareer) return null;
  return {
    rule: 'exchange_required',
    key: notEarly.length === 0 ? 'exchange_required.too_few' : 'exchange_required.too_few_with_others',
    params: { required: rule.minEarlyCareer, count, earliestPhdYear: openingYear - EARLY_CAREER_YEARS_AFTER_PHD, openingYear, notEarly },
  };
}
