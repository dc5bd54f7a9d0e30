import type { EligibilityCall, EligibilityPerson, EligibilityProposal, EligibilityTeam, RuleInput } from './types.js';

/**
 * Builders for the rules' unit tests: a JST–ANR joint call opening in 2026 with a ¥15M and a
 * €150,000 cap, and an eligible proposal for it; each test overrides only the fact it is about.
 */
export function fixtureCall(overrides: Partial<EligibilityCall> = {}): EligibilityCall {
  return {
    code: 'C1',
    fields: ['quantum', 'materials'],
    opensAt: new Date('2026-04-01T01:00:00Z'),
    leadTimezone: 'Asia/Tokyo',
    sides: [
      { role: 'lead', agency: 'JST', timezone: 'Asia/Tokyo', deadlineAt: new Date('2026-06-30T03:00:00Z'), cap: { amount: 15_000_000, currency: 'JPY' } },
      { role: 'partner', agency: 'ANR', timezone: 'Europe/Paris', deadlineAt: new Date('2026-06-30T15:00:00Z'), cap: { amount: 15_000_000, currency: 'EUR' } },
    ],
    durationMonths: { min: 36, max: 36 },
    rules: [],
    ...overrides,
  };
}

export function fixtureTeam(overrides: Partial<EligibilityTeam> = {}): EligibilityTeam {
  return { role: 'lead', agency: 'JST', pi: 'p1', budget: [], funding: [], ...overrides };
}

export function fixtureProposal(overrides: Partial<EligibilityProposal> = {}): EligibilityProposal {
  return {
    ref: 'P1',
    field: 'quantum',
    durationMonths: 36,
    status: 'submitted',
    submittedAt: new Date('2026-06-29T06:00:00Z'),
    teams: [
      fixtureTeam({ budget: [{ fiscalYear: 2026, amount: { amount: 15_000_000, currency: 'JPY' } }] }),
      fixtureTeam({ role: 'partner', agency: 'ANR', pi: 'p3', budget: [{ fiscalYear: 2026, amount: { amount: 15_000_000, currency: 'EUR' } }], funding: ['ANR'] }),
    ],
    exchanges: [{ person: 'p2' }],
    ...overrides,
  };
}

export const FIXTURE_PEOPLE: ReadonlyMap<string, EligibilityPerson> = new Map([
  ['p1', { ref: 'p1', name: { en: 'Haruka Tanabe', ja: '田辺 遥' }, phdYear: 2010 }],
  ['p2', { ref: 'p2', name: { en: 'Ren Ogawa', ja: '小川 蓮' }, phdYear: 2016 }],
  ['p3', { ref: 'p3', name: { en: 'Claire Morel' }, phdYear: 2005 }],
  ['p4', { ref: 'p4', name: { en: 'Daichi Kimura', ja: '木村 大地' }, phdYear: 2015 }],
  ['p5', { ref: 'p5', name: { en: 'Luc Bernard' }, phdYear: null }],
]);

export function fixtureInput(overrides: Partial<RuleInput> = {}): RuleInput {
  return {
    call: fixtureCall(),
    proposal: fixtureProposal(),
    people: FIXTURE_PEOPLE,
    submittedProposalsByPi: new Map(),
    asIfSubmittedAt: null,
    ...overrides,
  };
}
