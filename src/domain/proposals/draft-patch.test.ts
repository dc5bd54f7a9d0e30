import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.js';
import type { Proposal } from '../model.js';
import { applyDraftPatch, assertPatchAllowed, draftProblems, forbiddenPaths } from './draft-patch.js';

function proposal(): Proposal {
  return {
    ref: 'C-D0001',
    call: 'C',
    field: 'quantum',
    title: { en: 'Quantum sensing' },
    keywords: [],
    teams: [
      { role: 'lead', agency: 'JST', country: 'JP', pi: 'p1', members: ['p2'], budget: [{ fiscalYear: 2026, amount: { amount: 1000, currency: 'JPY' } }], funding: [] },
      { role: 'partner', agency: 'ANR', country: 'FR', pi: 'p3', members: [], budget: [], funding: [] },
    ],
    exchanges: [{ person: 'p2', from: 'JP', to: 'FR', months: 6 }],
    status: 'draft',
  };
}

const context = { agencyCurrencies: new Map([['JST', 'JPY'], ['ANR', 'EUR']]) };

describe('forbiddenPaths', () => {
  it('names every common part and foreign team a partner editor tries to change', () => {
    const paths = forbiddenPaths({ common: false, teams: [1] }, { title: { en: 'x' }, exchanges: [], teams: [{ index: 0, members: [] }, { index: 1, members: [] }] });
    expect(paths).toEqual(['title', 'exchanges', 'teams[0]']);
  });
  it('allows the lead PI the common parts and the lead team', () => {
    expect(forbiddenPaths({ common: true, teams: [0] }, { title: { en: 'x' }, teams: [{ index: 0, budget: [] }] })).toEqual([]);
  });
  it('throws FORBIDDEN with the first path', () => {
    try {
      assertPatchAllowed({ common: false, teams: [1] }, { field: 'bio' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('FORBIDDEN');
      expect((error as AppError).path).toBe('field');
    }
  });
});

describe('applyDraftPatch', () => {
  it('changes only the given parts and teams, leaving the original untouched', () => {
    const current = proposal();
    const next = applyDraftPatch(current, { keywords: ['NV centre'], teams: [{ index: 1, funding: [{ agency: 'ANR', grantId: 'ANR-1' }] }] });
    expect(next.keywords).toEqual(['NV centre']);
    expect(next.teams[1]!.funding).toEqual([{ agency: 'ANR', grantId: 'ANR-1' }]);
    expect(next.teams[0]).toEqual(current.teams[0]);
    expect(current.keywords).toEqual([]);
    expect(next.title).toEqual({ en: 'Quantum sensing' });
  });
});

describe('draftProblems', () => {
  it('accepts a consistent draft', () => {
    expect(draftProblems(proposal(), context)).toEqual([]);
  });
  it('reports a budget in the wrong currency, a repeated year and a negative amount with their paths', () => {
    const draft = proposal();
    draft.teams[1]!.budget = [
      { fiscalYear: 2026, amount: { amount: 100, currency: 'JPY' } },
      { fiscalYear: 2026, amount: { amount: -1, currency: 'EUR' } },
    ];
    expect(draftProblems(draft, context).map((problem) => [problem.path, problem.code])).toEqual([
      ['teams[1].budget[0].amount.currency', 'budgetCurrency'],
      ['teams[1].budget[1].fiscalYear', 'budgetDuplicateYear'],
      ['teams[1].budget[1].amount.amount', 'budgetNegative'],
    ]);
  });
  it('reports the PI as member, a repeated member, an outside exchange person, an exchange to the same country and a missing title', () => {
    const draft = proposal();
    draft.title = { en: ' ', ja: '' };
    draft.teams[0]!.members = ['p1', 'p2', 'p2'];
    draft.exchanges = [{ person: 'p9', from: 'JP', to: 'JP', months: 3 }];
    expect(draftProblems(draft, context).map((problem) => [problem.path, problem.code])).toEqual([
      ['title', 'titleRequired'],
      ['teams[0].members[0]', 'memberIsPi'],
      ['teams[0].members[2]', 'memberDuplicate'],
      ['exchanges[0].person', 'exchangePerson'],
      ['exchanges[0].to', 'exchangeDirection'],
    ]);
  });
  it('reports a patch naming a team the proposal does not have', () => {
    expect(draftProblems(proposal(), context, { teams: [{ index: 5, members: [] }] })).toEqual([{ path: 'teams[5]', code: 'unknownTeam', params: { index: 5 } }]);
  });
});
