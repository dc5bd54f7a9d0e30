/** An amount as the API sends it: an integer in the currency's minor unit and an ISO 4217 code. */
export type MoneyValue = { amount: number | bigint; currency: string };

// ISO 4217 minor-unit digits that differ from the usual two. Intl's own digits come from CLDR,
// which disagrees with ISO for some currencies (IQD, LAK, …), and the amounts we receive are in
// ISO minor units, so the table decides.
const MINOR_UNIT_DIGITS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0,
  UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Digits of the currency's minor unit: JPY 0, EUR 2, KWD 3. */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_DIGITS[currency.toUpperCase()] ?? 2;
}

/**
 * The amount in major units as an exact decimal string (`125050`, 2 → `1250.50`). Done on the
 * digits, never with floating-point division, so no amount is ever rounded.
 */
export function minorToDecimalString(amountMinor: number | bigint, digits: number): `${number}` {
  const value = BigInt(amountMinor);
  const isNegative = value < 0n;
  const text = (isNegative ? -value : value).toString().padStart(digits + 1, '0');
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return `${isNegative ? '-' : ''}${major}` as `${number}`;
}

/** Formats money with Intl in the reader's locale, from its exact minor-unit integer. */
export function formatMoney(money: MoneyValue, locale: string): string {
  const digits = minorUnitDigits(money.currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl.NumberFormat reads a decimal string exactly (ES2023), so large amounts stay exact too.
  return formatter.format(minorToDecimalString(money.amount, digits));
}

/** Totals per currency (in first-seen order), added as BigInt so that no sum loses precision. */
export function totalsByCurrency(items: readonly MoneyValue[]): { amount: bigint; currency: string }[] {
  const totals = new Map<string, bigint>();
  for (const item of items) {
    totals.set(item.currency, (totals.get(item.currency) ?? 0n) + BigInt(item.amount));
  }
  return [...totals].map(([currency, amount]) => ({ amount, currency }));
}
