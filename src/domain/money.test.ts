import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { addMoney, compareMoney, formatMoney, isCurrencyCode, minorUnitDigits, sumMoney } from './money.js';

describe('money', () => {
  it('knows each currency\'s minor unit from ISO 4217', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('BHD')).toBe(3);
    expect(() => minorUnitDigits('XYZ')).toThrow(AppError);
  });

  it('accepts payable ISO 4217 codes only', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('XXX')).toBe(false);
    expect(isCurrencyCode('XAU')).toBe(false);
    expect(isCurrencyCode('ABC')).toBe(false);
  });

  it('adds exactly and refuses to mix currencies', () => {
    expect(addMoney({ amount: 10, currency: 'EUR' }, { amount: 20, currency: 'EUR' })).toEqual({ amount: 30, currency: 'EUR' });
    expect(() => addMoney({ amount: 1, currency: 'EUR' }, { amount: 1, currency: 'JPY' })).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
    expect(sumMoney('JPY', [])).toEqual({ amount: 0, currency: 'JPY' });
    // 0.1 + 0.2 in floats is 0.30000000000000004; in minor units it is exact.
    expect(sumMoney('EUR', [{ amount: 10, currency: 'EUR' }, { amount: 20, currency: 'EUR' }]).amount).toBe(30);
    expect(() => addMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'JPY' }, { amount: 1, currency: 'JPY' })).toThrow(AppError);
  });

  it('compares amounts of one currency', () => {
    expect(compareMoney({ amount: 26_000_000, currency: 'JPY' }, { amount: 26_000_000, currency: 'JPY' })).toBe(0);
    expect(compareMoney({ amount: 26_000_001, currency: 'JPY' }, { amount: 26_000_000, currency: 'JPY' })).toBeGreaterThan(0);
  });

  it('formats through Intl without floats', () => {
    expect(formatMoney({ amount: 26_000_000, currency: 'JPY' }, 'ja')).toBe('￥26,000,000');
    expect(formatMoney({ amount: 125_050, currency: 'EUR' }, 'en')).toBe('€1,250.50');
    expect(formatMoney({ amount: 5, currency: 'EUR' }, 'en')).toBe('€0.05');
    expect(formatMoney({ amount: -5, currency: 'USD' }, 'en')).toBe('-$0.05');
    // A value beyond float precision stays exact.
    expect(formatMoney({ amount: 9_007_199_254_740_991, currency: 'EUR' }, 'en')).toBe('€90,071,992,547,409.91');
  });
});
