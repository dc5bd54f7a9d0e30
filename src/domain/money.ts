import currencyCodes from 'currency-codes';
import { AppError } from './app-error.js';

/** An exact amount: an integer in the currency's minor unit plus its ISO 4217 code. */
export type Money = { amount: number; currency: string };

// Codes that ISO 4217 lists but that are not money a funder can pay out (funds codes, precious
// metals, the testing and "no currency" codes).
const NON_PAYABLE = new Set(['XXX', 'XTS', 'XAU', 'XAG', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XSU', 'XUA']);

/** True when `code` is an active ISO 4217 currency in which a grant can be paid. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !NON_PAYABLE.has(code) && currencyCodes.code(code) !== undefined;
}

/** Digits of the minor unit (JPY 0, EUR 2, BHD 3). Throws VALIDATION_FAILED for an unknown code. */
export function minorUnitDigits(currency: string): number {
  const entry = currencyCodes.code(currency);
  if (!entry || !isCurrencyCode(currency)) {
    throw new AppError('VALIDATION_FAILED', { params: { currency } });
  }
  return entry.digits;
}

/** True for an amount that is a safe integer (we never store fractions of a minor unit). */
export function isMinorUnitAmount(amount: number): boolean {
  return Number.isSafeInteger(amount);
}

/** Adds amounts of one currency. Throws CURRENCY_MISMATCH when currencies differ. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new AppError('CURRENCY_MISMATCH', { params: { left: a.currency, right: b.currency } });
  }
  const amount = a.amount + b.amount;
  if (!Number.isSafeInteger(amount)) {
    throw new AppError('VALIDATION_FAILED', { params: { amount: String(amount) } });
  }
  return { amount, currency: a.currency };
}

/** Sums amounts that must all be in `currency`; an empty list sums to zero. */
export function sumMoney(currency: string, items: readonly Money[]): Money {
  return items.reduce<Money>((total, item) => addMoney(total, item), { amount: 0, currency });
}

/** Compares two amounts of one currency: negative, zero or positive. */
export function compareMoney(a: Money, b: Money): number {
  if (a.currency !== b.currency) {
    throw new AppError('CURRENCY_MISMATCH', { params: { left: a.currency, right: b.currency } });
  }
  return a.amount - b.amount;
}

/**
 * Formats for display through Intl, in the reader's locale (`ja`, `en`). The amount is shifted
 * from minor units by string arithmetic so that no float ever touches the value.
 */
export function formatMoney(money: Money, locale: string): string {
  const digits = minorUnitDigits(money.currency);
  const negative = money.amount < 0;
  const text = Math.abs(money.amount).toString().padStart(digits + 1, '0');
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl accepts a decimal string exactly (no float conversion) since ES2023's Intl.NumberFormat v3.
  return formatter.format(`${negative ? '-' : ''}${major}` as unknown as number);
}
