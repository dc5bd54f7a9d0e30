import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFLICT_WINDOWS, detectConflicts, type AffiliationSpan, type ConflictInput } from './conflicts.js';

function input(overrides: Partial<ConflictInput> & { affiliations?: ReadonlyMap<string, readonly AffiliationSpan[]> }): ConflictInput {
  return {
    openingDate: '2026-04-01',
    windows: DEFAULT_CONFLICT_WINDOWS,
    proposals: [{ ref: 'P1', people: ['pi', 'member'] }],
    reviewers: [{ person: 'r', declared: [] }],
    affiliations: new Map(),
    publications: [],
    ...overrides,
  };
}

const reasonsOf = (conflicts: ReturnType<typeof detectConflicts>) => conflicts.map((conflict) => `${conflict.proposal}/${conflict.reviewer}:${conflict.reasons.join('+')}`);

describe('conflicts of interest', () => {
  it('finds declared conflicts and team members, each once with every reason', () => {
    const conflicts = detectConflicts(input({ proposals: [{ ref: 'P1', people: ['pi', 'r'] }], reviewers: [{ person: 'r', declared: ['P1'] }] }));
    expect(reasonsOf(conflicts)).toEqual(['P1/r:declared+team_member']);
  });

  it('counts an affiliation that ended 2023-04-02 for a call opening 2026-04-01, not one that ended 2023-03-31', () => {
    const shared = (to: string) => new Map<string, AffiliationSpan[]>([
      ['r', [{ organisation: 'kyoto', from: '2010-04-01', to }]],
      ['member', [{ organisation: 'kyoto', from: '2020-04-01', to: null }]],
    ]);
    expect(reasonsOf(detectConflicts(input({ affiliations: shared('2023-04-02') })))).toEqual(['P1/r:institution']);
    expect(reasonsOf(detectConflicts(input({ affiliations: shared('2023-04-01') })))).toEqual(['P1/r:institution']);
    expect(detectConflicts(input({ affiliations: shared('2023-03-31') }))).toEqual([]);
  });

  it('needs both in the window, though not at the same time; current affiliations have no end; the future does not count', () => {
    const affiliations = new Map<string, AffiliationSpan[]>([
      ['r', [{ organisation: 'tohoku', from: '2000-04-01', to: '2024-03-31' }]],
      ['pi', [{ organisation: 'tohoku', from: '2025-04-01', to: null }]],
      ['member', [{ organisation: 'osaka', from: '2026-04-02', to: null }]],
    ]);
    expect(reasonsOf(detectConflicts(input({ affiliations })))).toEqual(['P1/r:institution']);
    const later = new Map<string, AffiliationSpan[]>([
      ['r', [{ organisation: 'osaka', from: '2026-04-02', to: null }]],
      ['member', [{ organisation: 'osaka', from: '2026-04-02', to: null }]],
    ]);
    expect(detectConflicts(input({ affiliations: later }))).toEqual([]);
  });

  it('counts co-authorship in the 5 calendar years ending with the opening year (2022–2026, not 2021)', () => {
    const paper = (year: number) => [{ year, authors: ['r', 'x', 'member'] }];
    expect(reasonsOf(detectConflicts(input({ publications: paper(2022) })))).toEqual(['P1/r:coauthor']);
    expect(reasonsOf(detectConflicts(input({ publications: paper(2026) })))).toEqual(['P1/r:coauthor']);
    expect(detectConflicts(input({ publications: paper(2021) }))).toEqual([]);
    expect(detectConflicts(input({ publications: paper(2027) }))).toEqual([]);
  });

  it('follows the call\'s own windows', () => {
    const affiliations = new Map<string, AffiliationSpan[]>([
      ['r', [{ organisation: 'kyoto', from: '2010-04-01', to: '2021-06-30' }]],
      ['pi', [{ organisation: 'kyoto', from: '2010-04-01', to: null }]],
    ]);
    expect(detectConflicts(input({ affiliations }))).toEqual([]);
    expect(reasonsOf(detectConflicts(input({ affiliations, windows: { institutionYears: 5, coauthorYears: 1 } })))).toEqual(['P1/r:institution']);
    expect(detectConflicts(input({ publications: [{ year: 2025, authors: ['r', 'pi'] }], windows: { institutionYears: 3, coauthorYears: 1 } }))).toEqual([]);
  });

  it('ignores a reviewer\'s own affiliations and papers when only they match', () => {
    const affiliations = new Map<string, AffiliationSpan[]>([['r', [{ organisation: 'kyoto', from: '2010-04-01', to: null }]]]);
    expect(detectConflicts(input({ affiliations, publications: [{ year: 2025, authors: ['r'] }] }))).toEqual([]);
  });
});
