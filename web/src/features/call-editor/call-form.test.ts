import { describe, expect, it } from 'vitest';
import { buildCallConfig, fieldIdForPath, formFromConfig, instantToLocal, localToInstant, majorToMinor, newCallForm, type AgencyFacts } from './call-form.js';

const AGENCIES = new Map<string, AgencyFacts>([
  ['JST', { currency: 'JPY', timezone: 'Asia/Tokyo' }],
  ['ANR', { currency: 'EUR', timezone: 'Europe/Paris' }],
  ['KFAS', { currency: 'KWD', timezone: 'Asia/Kuwait' }],
]);

describe('majorToMinor', () => {
  it('converts major units digit by digit, in the currency\'s digits', () => {
    expect(majorToMinor('1,250.50', 2)).toEqual({ kind: 'amount', minor: 125050 });
    expect(majorToMinor('0.29', 2)).toEqual({ kind: 'amount', minor: 29 });
    expect(majorToMinor('15000000', 0)).toEqual({ kind: 'amount', minor: 15000000 });
    expect(majorToMinor('1.5', 3)).toEqual({ kind: 'amount', minor: 1500 });
    expect(majorToMinor('12.500', 2)).toEqual({ kind: 'amount', minor: 1250 });
    expect(majorToMinor('90071992547409.91', 2)).toEqual({ kind: 'amount', minor: 9007199254740991 });
  });
  it('keeps a sign for the server to judge, and refuses what is no amount', () => {
    expect(majorToMinor('-3', 2)).toEqual({ kind: 'amount', minor: -300 });
    expect(majorToMinor('  ', 2)).toEqual({ kind: 'empty' });
    expect(majorToMinor('1.234', 2)).toEqual({ kind: 'too_many_digits' });
    expect(majorToMinor('1.5', 0)).toEqual({ kind: 'too_many_digits' });
    expect(majorToMinor('1e6', 2)).toEqual({ kind: 'invalid' });
    expect(majorToMinor('90071992547409.92', 2)).toEqual({ kind: 'invalid' });
  });
});

describe('local times in an agency\'s zone', () => {
  it('writes the instant with that zone\'s offset, summer and winter', () => {
    expect(localToInstant('2026-07-31', '17:00', 'Europe/Paris')).toBe('2026-07-31T17:00:00+02:00');
    expect(localToInstant('2026-12-01', '17:00', 'Europe/Paris')).toBe('2026-12-01T17:00:00+01:00');
    expect(localToInstant('2026-07-31', '12:00:30', 'Asia/Tokyo')).toBe('2026-07-31T12:00:30+09:00');
    expect(localToInstant('2026-07-31', '', 'Asia/Tokyo')).toBeNull();
    expect(localToInstant('2026-02-30', '10:00', 'Asia/Tokyo')).toBeNull();
  });
  it('reads an instant back as that zone\'s clock shows it', () => {
    expect(instantToLocal('2026-07-31T15:00:00.000Z', 'Europe/Paris')).toEqual({ date: '2026-07-31', time: '17:00' });
    expect(instantToLocal('2026-07-31T14:59:59Z', 'Asia/Tokyo')).toEqual({ date: '2026-07-31', time: '23:59:59' });
  });
});

describe('buildCallConfig', () => {
  const filled = () => {
    const form = newCallForm('JST', 'SICORP');
    form.code = 'C1';
    form.titleEn = 'Quantum';
    form.fields = ['quantum'];
    form.otherFields = 'photonics, quantum';
    form.opensDate = '2026-05-01';
    form.opensTime = '10:00';
    const [lead, partner] = form.sides;
    if (!lead || !partner) throw new Error('two sides');
    Object.assign(lead, { deadlineDate: '2026-07-31', deadlineTime: '12:00', budgetTotal: '300000000', budgetCap: '15000000' });
    Object.assign(partner, { agency: 'ANR', deadlineDate: '2026-07-31', deadlineTime: '17:00', budgetCap: '150000.50' });
    form.rules.partner_pi_funded_by = { enabled: true, agencies: ['ANR'] };
    form.rules.budget_within_cap = { enabled: true };
    return form;
  };

  it('sends instants with offsets, minor units in each agency\'s currency and the ticked rules', () => {
    const { config, issues } = buildCallConfig(filled(), AGENCIES);
    expect(issues).toEqual([]);
    expect(config).toMatchObject({
      code: 'C1',
      title: { en: 'Quantum', ja: null },
      description: null,
      fields: ['quantum', 'photonics'],
      opens: '2026-05-01T10:00:00+09:00',
      sides: [
        { agency: 'JST', role: 'lead', deadline: '2026-07-31T12:00:00+09:00', budget: { total: { amount: 300000000, currency: 'JPY' }, perProjectPerYearMax: { amount: 15000000, currency: 'JPY' } } },
        { agency: 'ANR', role: 'partner', deadline: '2026-07-31T17:00:00+02:00', budget: { total: null, perProjectPerYearMax: { amount: 15000050, currency: 'EUR' } } },
      ],
      durationMonths: null,
      rules: [{ rule: 'partner_pi_funded_by', agencies: ['ANR'] }, { rule: 'budget_within_cap' }],
    });
  });

  it('reports amounts with too many decimals at the amount, and sends no budget for twinning', () => {
    const form = filled();
    const partner = form.sides[1];
    if (!partner) throw new Error('partner');
    partner.budgetTotal = '1000.125';
    expect(buildCallConfig(form, AGENCIES).issues).toEqual([{ path: 'sides[1].budget.total.amount', key: 'issue.amountDigits', params: { currency: 'EUR', digits: 2 } }]);
    form.modality = 'twinning';
    const { config, issues } = buildCallConfig(form, AGENCIES);
    expect(issues).toEqual([]);
    expect(config.sides.map((side) => side.budget)).toEqual([null, null]);
  });

  it('round-trips a stored call through the form', () => {
    const { config } = buildCallConfig(filled(), AGENCIES);
    const again = buildCallConfig(formFromConfig(config, AGENCIES), AGENCIES);
    expect(again.issues).toEqual([]);
    expect(again.config).toEqual({ ...config, fields: ['quantum', 'photonics'] });
  });
});

describe('fieldIdForPath', () => {
  const form = newCallForm('JST', 'SICORP');
  form.rules.budget_within_cap.enabled = true;
  form.rules.partner_pi_funded_by = { enabled: true, agencies: ['X'] };

  it('leads a server path to the control that shows it', () => {
    expect(fieldIdForPath('sides[1].budget.total.currency', form)).toBe('ce-sides-1-budget-total');
    expect(fieldIdForPath('sides[1].budget.perProjectPerYearMax.amount', form)).toBe('ce-sides-1-budget-perProjectPerYearMax');
    expect(fieldIdForPath('sides[0].deadline', form)).toBe('ce-sides-0-deadline');
    expect(fieldIdForPath('title', form)).toBe('ce-title');
    expect(fieldIdForPath('fields[2]', form)).toBe('ce-fields');
    expect(fieldIdForPath('durationMonths', form)).toBe('ce-durationMonths');
    // rules[i] is the i-th ticked rule in the editor's order: partner_pi_funded_by comes first.
    expect(fieldIdForPath('rules[0].agencies[0]', form)).toBe('ce-rule-partner_pi_funded_by-agencies');
    expect(fieldIdForPath('rules[1]', form)).toBe('ce-rule-budget_within_cap');
  });
  it('finds no control for a part the editor does not show', () => {
    expect(fieldIdForPath('sides[5].agency', form)).toBe('ce-sides');
    expect(fieldIdForPath('(request)', form)).toBeNull();
    expect(fieldIdForPath('sides[0].budget.total.amount', { ...form, modality: 'twinning' })).toBe('ce-sides-0');
  });
});
