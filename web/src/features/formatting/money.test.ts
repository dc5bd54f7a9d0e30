import { describe, expect, it } from 'vitest';
import { formatMoney, minorToDecimalString, minorUnitDigits, totalsByCurrency } from './money.js';

describe('minorUnitDigits', () => {
  it('knows currencies without, with two and with three minor digits', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('KWD')).toBe(3);
    // CLDR shows IQD without decimals, ISO 4217 has three: the amounts are in ISO minor units.
    expect(minorUnitDigits('IQD')).toBe(3);
  });
});

describe('minorToDecimalString', () => {
  it('shifts the decimal point on the digits', () => {
    expect(minorToDecimalString(125050, 2)).toBe('1250.50');
    expect(minorToDecimalString(5, 2)).toBe('0.05');
    expect(minorToDecimalString(0, 2)).toBe('0.00');
    expect(minorToDecimalString(26000000, 0)).toBe('26000000');
    expect(minorToDecimalString(-125050, 2)).toBe('-1250.50');
    expect(minorToDecimalString(-7, 3)).toBe('-0.007');
  });

  it('is exact where floating-point division would not be', () => {
    // 1.005 * 100 and 0.29 / 100 style values go wrong in floats; strings do not.
    expect(minorToDecimalString(100_5, 3)).toBe('1.005');
    expect(minorToDecimalString(29, 2)).toBe('0.29');
    expect(minorToDecimalString(9007199254740993n, 2)).toBe('90071992547409.93');
  });
});

describe('formatMoney', () => {
  it('formats JPY without decimals and EUR with two', () => {
    expect(formatMoney({ amount: 26000000, currency: 'JPY' }, 'en')).toBe('¥26,000,000');
    expect(formatMoney({ amount: 125050, currency: 'EUR' }, 'en')).toBe('€1,250.50');
    expect(formatMoney({ amount: 100, currency: 'USD' }, 'en')).toBe('$1.00');
  });

  it('uses the reader locale', () => {
    expect(formatMoney({ amount: 26000000, currency: 'JPY' }, 'ja')).toBe('￥26,000,000');
    expect(formatMoney({ amount: 125050, currency: 'EUR' }, 'ja')).toBe('€1,250.50');
  });

  it('keeps amounts beyond float precision exact', () => {
    expect(formatMoney({ amount: 9007199254740993n, currency: 'EUR' }, 'en')).toBe('€90,071,992,547,409.93');
  });

  it('formats negative amounts', () => {
    expect(formatMoney({ amount: -125050, currency: 'EUR' }, 'en')).toBe('-€1,250.50');
  });
});

describe('totalsByCurrency', () => {
  it('adds per currency in first-seen order', () => {
    expect(
      totalsByCurrency([
        { amount: 26000000, currency: 'JPY' },
        { amount: 125050, currency: 'EUR' },
        { amount: 24000000, currency: 'JPY' },
        { amount: 1, currency: 'EUR' },
      ]),
    ).toEqual([
      { amount: 50000000n, currency: 'JPY' },
      { amount: 125051n, currency: 'EUR' },
    ]);
  });

  it('is empty for no items', () => {
    expect(totalsByCurrency([])).toEqual([]);
  });
});
