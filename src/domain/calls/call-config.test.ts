import { describe, expect, it } from 'vitest';
import type { Call } from '../model.js';
import { changedDeadlines, changedLockedParts, copyCallContent, hasContentChanged, shiftInstantByYears, validateCallConfig, type AgencyFacts } from './call-config.js';

const agencies = new Map<string, AgencyFacts>([
  ['JST', { currency: 'JPY', timezone: 'Asia/Tokyo' }],
  ['ANR', { currency: 'EUR', timezone: 'Europe/Paris' }],
  ['NSF', { currency: 'USD', timezone: 'America/New_York' }],
]);

const jointCall = (overrides: Partial<Call> = {}): Call => ({
  code: 'C1',
  programme: 'SICORP',
  title: { en: 'Joint call' },
  modality: 'joint_call',
  fields: ['quantum'],
  opens: '2026-04-01T10:00:00+09:00',
  sides: [
    { agency: 'JST', role: 'lead', deadline: '2026-06-30T12:00:00+09:00', reviews: true, budget: { total: { amount: 100_000_000, currency: 'JPY' }, perProjectPerYearMax: { amount: 15_000_000, currency: 'JPY' } } },
    { agency: 'ANR', role: 'partner', deadline: '2026-06-30T17:00:00+02:00', reviews: true, budget: { perProjectPerYearMax: { amount: 15_000_000, currency: 'EUR' } } },
  ],
  durationMonths: { min: 36, max: 36 },
  criteria: [{ code: 'plan', name: { en: 'Plan' }, weight: 1, scale: [1, 5] }],
  rules: [{ rule: 'budget_within_cap' }],
  status: 'draft',
  ...overrides,
});

const keys = (call: Call) => validateCallConfig(call, agencies).map((problem) => `${problem.path}:${problem.key}`);

describe('call configuration', () => {
  it('accepts a coherent joint call and a multilateral call of many agencies', () => {
    expect(keys(jointCall())).toEqual([]);
    const many = new Map(agencies);
    const sides: Call['sides'] = [{ agency: 'JST', role: 'lead', reviews: true }];
    for (let index = 0; index < 11; index += 1) {
      many.set(`A${index}`, { currency: 'USD', timezone: 'Asia/Bangkok' });
      sides.push({ agency: `A${index}`, role: 'partner', reviews: false });
    }
    expect(validateCallConfig(jointCall({ sides }), many)).toEqual([]);
  });

  it('needs two agency sides for every joint modality, twinning included, and one for a single agency', () => {
    const one: Call['sides'] = [{ agency: 'JST', role: 'lead', reviews: true }];
    for (const modality of ['joint_call', 'co_funding', 'twinning', 'lead_agency'] as const) {
      expect(keys(jointCall({ modality, sides: one }))).toEqual(['sides:sides_too_few']);
    }
    expect(keys(jointCall({ modality: 'single_agency', sides: [...one, { agencies: ['NSF', 'ANR'], role: 'partner', reviews: false }] }))).toEqual([]);
    expect(keys(jointCall({ modality: 'single_agency' }))).toEqual(['sides:single_agency_sides']);
  });

  it('needs exactly one lead, naming its agency, and each agency once', () => {
    const [jst, anr] = jointCall().sides as [Call['sides'][number], Call['sides'][number]];
    expect(keys(jointCall({ sides: [jst, { ...anr, role: 'lead' }] }))).toEqual(['sides:lead_count']);
    expect(keys(jointCall({ sides: [jst, { ...jst, role: 'partner' }] }))).toEqual(['sides:sides_too_few', 'sides[1].agency:agency_repeated']);
    expect(keys(jointCall({ sides: [{ ...jst, agency: 'XXX' }, anr] }))).toEqual(['sides[0].agency:agency_unknown']);
    expect(keys(jointCall({ sides: [{ agencies: ['JST'], role: 'lead', reviews: true }, anr] }))).toEqual(['sides:sides_too_few', 'sides[0].agency:lead_needs_agency']);
  });

  it('keeps money in each side agency\'s currency, positive and with the cap within the total', () => {
    const [jst, anr] = jointCall().sides as [Call['sides'][number], Call['sides'][number]];
    const euroForJst = { ...jst, budget: { total: { amount: 100, currency: 'EUR' }, perProjectPerYearMax: { amount: 200, currency: 'EUR' } } };
    expect(keys(jointCall({ sides: [euroForJst, anr] }))).toEqual([
      'sides[0].budget.total.currency:budget_currency',
      'sides[0].budget.perProjectPerYearMax.currency:budget_currency',
      'sides[0].budget.perProjectPerYearMax.amount:cap_above_total',
    ]);
    expect(keys(jointCall({ sides: [{ ...jst, budget: { total: { amount: 0, currency: 'JPY' } } }, anr] }))).toEqual(['sides[0].budget.total.amount:budget_amount']);
    // The exact cap equal to the total is allowed.
    expect(keys(jointCall({ sides: [{ ...jst, budget: { total: { amount: 5, currency: 'JPY' }, perProjectPerYearMax: { amount: 5, currency: 'JPY' } } }, anr] }))).toEqual([]);
  });

  it('refuses any budget on a twinning call: coordination without new money', () => {
    expect(keys(jointCall({ modality: 'twinning' }))).toEqual(['sides[0].budget:twinning_budget', 'sides[1].budget:twinning_budget']);
    expect(keys(jointCall({ modality: 'twinning', sides: jointCall().sides.map(({ budget: _budget, ...side }) => side) }))).toEqual([]);
  });

  it('checks deadlines after opening, durations, criteria and rules', () => {
    const [jst, anr] = jointCall().sides as [Call['sides'][number], Call['sides'][number]];
    expect(
      keys(
        jointCall({
          sides: [{ ...jst, deadline: '2026-04-01T10:00:00+09:00' }, anr],
          durationMonths: { min: 37, max: 36 },
          fields: ['quantum', 'quantum'],
          criteria: [
            { code: 'plan', name: { en: 'Plan' }, weight: 0, scale: [5, 5] },
            { code: 'plan', name: { en: 'Plan' }, weight: 1, scale: [1, 5] },
          ],
          rules: [{ rule: 'budget_within_cap' }, { rule: 'budget_within_cap' }, { rule: 'partner_pi_funded_by', agencies: ['ANR', 'NOPE'] }],
        }),
      ),
    ).toEqual([
      'sides[0].deadline:deadline_before_opening',
      'durationMonths:duration_range',
      'fields[1]:field_repeated',
      'criteria[0].weight:criterion_weight',
      'criteria[0].scale:criterion_scale',
      'criteria[1].code:criterion_repeated',
      'rules[1]:rule_repeated',
      'rules[2].agencies[1]:agency_unknown',
    ]);
  });

  it('names the locked parts that changed and the deadlines that moved', () => {
    const before = jointCall({ status: 'open' });
    expect(changedLockedParts(before, { ...before, title: { en: 'New title' } })).toEqual([]);
    expect(changedLockedParts(before, { ...before, fields: ['energy'], rules: [] })).toEqual(['fields', 'rules']);
    const sides = before.sides.map((side, index) => (index === 1 ? { ...side, budget: null, deadline: '2026-07-30T17:00:00+02:00' } : side));
    expect(changedLockedParts(before, { ...before, sides })).toEqual(['budgets']);
    expect(changedDeadlines(before, { ...before, sides })).toEqual([1]);
    // The same instant written in another offset is no change.
    const sameInstant = before.sides.map((side, index) => (index === 0 ? { ...side, deadline: '2026-06-30T03:00:00Z' } : side));
    expect(changedDeadlines(before, { ...before, sides: sameInstant })).toEqual([]);
    expect(hasContentChanged(before, { ...before, sides: sameInstant })).toBe(false);
    expect(hasContentChanged(before, { ...before, description: { ja: '説明' } })).toBe(true);
  });

  it('copies a call as a draft, clearing deadlines or moving them by years in each side\'s zone', () => {
    const timezoneOf = (agency: string | null) => (agency ? agencies.get(agency)?.timezone : undefined) ?? 'UTC';
    const cleared = copyCallContent(jointCall({ status: 'decided' }), { code: 'C2', title: null, shiftYears: null, timezoneOf });
    expect(cleared.status).toBe('draft');
    expect(cleared.sides.map((side) => side.deadline)).toEqual([undefined, undefined]);
    const shifted = copyCallContent(jointCall(), { code: 'C2', title: { en: 'Next year' }, shiftYears: 1, timezoneOf });
    expect(shifted.title).toEqual({ en: 'Next year' });
    expect(shifted.opens).toBe('2027-04-01T10:00:00+09:00');
    expect(shifted.sides.map((side) => side.deadline)).toEqual(['2027-06-30T12:00:00+09:00', '2027-06-30T17:00:00+02:00']);
    // Local time is kept across a daylight-saving difference: 17:00 in Paris stays 17:00 in winter.
    expect(shiftInstantByYears('2026-03-27T17:00:00+01:00', 1, 'Europe/Paris')).toBe('2027-03-27T17:00:00+01:00');
    expect(shiftInstantByYears('2027-03-27T17:00:00+01:00', 1, 'Europe/Paris')).toBe('2028-03-27T17:00:00+02:00');
  });
});
