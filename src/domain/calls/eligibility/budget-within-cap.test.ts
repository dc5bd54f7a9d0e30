import { describe, expect, it } from 'vitest';
import { checkBudgetWithinCap } from './budget-within-cap.js';
import { fixtureInput, fixtureProposal, fixtureTeam } from './rule-input.fixture.js';

const jpy = (amount: number) => ({ amount, currency: 'JPY' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const withTeams = (...teams: ReturnType<typeof fixtureTeam>[]) => fixtureInput({ proposal: fixtureProposal({ teams }) });

describe('budget_within_cap', () => {
  it('accepts every year exactly at the cap', () => {
    expect(
      checkBudgetWithinCap(
        withTeams(
          fixtureTeam({ budget: [{ fiscalYear: 2026, amount: jpy(15_000_000) }, { fiscalYear: 2027, amount: jpy(15_000_000) }] }),
          fixtureTeam({ role: 'partner', agency: 'ANR', budget: [{ fiscalYear: 2026, amount: eur(15_000_000) }] }),
        ),
      ),
    ).toBeNull();
  });

  it('fails one minor unit above the cap, naming the side and the year', () => {
    const failure = checkBudgetWithinCap(
      withTeams(fixtureTeam(), fixtureTeam({ role: 'partner', agency: 'ANR', budget: [{ fiscalYear: 2026, amount: eur(15_000_000) }, { fiscalYear: 2027, amount: eur(15_000_001) }] })),
    );
    const problems = failure?.params.problems as unknown as Array<{ key: string; params: Record<string, unknown> }>;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe('budget_within_cap.over_cap');
    expect(problems[0]?.params).toMatchObject({ agency: 'ANR', fiscalYear: 2027, excess: { en: '€0.01' } });
  });

  it('adds up the lines of one fiscal year', () => {
    const failure = checkBudgetWithinCap(withTeams(fixtureTeam({ budget: [{ fiscalYear: 2026, amount: jpy(10_000_000) }, { fiscalYear: 2026, amount: jpy(5_000_001) }] })));
    expect((failure?.params.problems as unknown as Array<{ params: { fiscalYear: number } }>)[0]?.params.fiscalYear).toBe(2026);
  });

  it('fails a line in another currency than its side\'s', () => {
    const failure = checkBudgetWithinCap(withTeams(fixtureTeam({ budget: [{ fiscalYear: 2028, amount: eur(100) }] })));
    expect(failure?.params.problems).toEqual([
      { key: 'budget_within_cap.wrong_currency', params: { agency: 'JST', fiscalYear: 2028, currency: 'EUR', expected: 'JPY' } },
    ]);
  });

  it('names every offending side and year', () => {
    const failure = checkBudgetWithinCap(
      withTeams(
        fixtureTeam({ budget: [{ fiscalYear: 2027, amount: jpy(15_000_001) }, { fiscalYear: 2026, amount: jpy(20_000_000) }] }),
        fixtureTeam({ role: 'partner', agency: 'ANR', budget: [{ fiscalYear: 2026, amount: eur(16_250_000) }] }),
      ),
    );
    expect((failure?.params.problems as unknown as Array<{ params: { agency: string; fiscalYear: number } }>).map((problem) => `${problem.params.agency} ${problem.params.fiscalYear}`)).toEqual([
      'JST 2026',
      'JST 2027',
      'ANR 2026',
    ]);
  });

  it('has nothing to check for a team without a side or a side without a cap', () => {
    const input = withTeams(fixtureTeam({ agency: null, budget: [{ fiscalYear: 2026, amount: jpy(99_000_000) }] }), fixtureTeam({ role: 'partner', agency: 'NSF', budget: [{ fiscalYear: 2026, amount: { amount: 1e9, currency: 'USD' } }] }));
    expect(checkBudgetWithinCap(input)).toBeNull();
  });
});
