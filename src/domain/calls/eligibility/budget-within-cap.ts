import { moneyLabel } from './labels.js';
import type { NestedMessage, RuleFailure, RuleInput } from './types.js';

/**
 * `budget_within_cap`: every fiscal year of every team is within its side's cap per project and
 * year, in that side's currency. A team's side is the call side whose agency is the team's
 * agency; a team with no such side, or a side without a cap, has nothing to check. Lines of one
 * fiscal year are added up; a line in another currency is a failure of its own, since converting
 * it would make the check depend on an exchange rate (CONVENTIONS.md, money is exact).
 */
export function checkBudgetWithinCap({ call, proposal }: RuleInput): RuleFailure | null {
  const problems: NestedMessage[] = [];
  for (const team of proposal.teams) {
    if (team.agency === null) continue;
    const cap = call.sides.find((side) => side.agency === team.agency)?.cap;
    if (!cap) continue;
    const totals = new Map<number, number>();
    for (const line of team.budget) {
      if (line.amount.currency !== cap.currency) {
        problems.push({
          key: 'budget_within_cap.wrong_currency',
          params: { agency: team.agency, fiscalYear: line.fiscalYear, currency: line.amount.currency, expected: cap.currency },
        });
        continue;
      }
      totals.set(line.fiscalYear, (totals.get(line.fiscalYear) ?? 0) + line.amount.amount);
    }
    for (const [fiscalYear, amount] of [...totals].sort(([a], [b]) => a - b)) {
      if (amount <= cap.amount) continue;
      problems.push({
        key: 'budget_within_cap.over_cap',
        params: {
          agency: team.agency,
          fiscalYear,
          amount: moneyLabel({ amount, currency: cap.currency }),
          cap: moneyLabel(cap),
          excess: moneyLabel({ amount: amount - cap.amount, currency: cap.currency }),
        },
      });
    }
  }
  return problems.length === 0 ? null : { rule: 'budget_within_cap', key: 'budget_within_cap.failed', params: { problems } };
}
