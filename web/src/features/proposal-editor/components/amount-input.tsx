import { useState } from 'react';
import { minorToDecimalString, minorUnitDigits } from '../../formatting/money.js';

/**
 * An amount typed in major units (`1250.50` EUR, `15000000` JPY) and kept as the exact
 * minor-unit integer. The text is converted digit by digit, never through floating point.
 */
export function AmountInput({ id, amountMinor, currency, readOnly, onChange, describedBy }: { id: string; amountMinor: number; currency: string; readOnly: boolean; onChange: (amountMinor: number) => void; describedBy?: string }) {
  const digits = minorUnitDigits(currency);
  const [text, setText] = useState<string>(() => minorToDecimalString(amountMinor, digits));
  const parse = (value: string): number | null => {
    const cleaned = value.replace(/[,\s_]/g, '');
    const match = new RegExp(`^(\\d+)(?:\\.(\\d{0,${digits}}))?$`).exec(cleaned);
    if (!match) return null;
    const minor = Number(`${match[1]}${(match[2] ?? '').padEnd(digits, '0')}`);
    return Number.isSafeInteger(minor) ? minor : null;
  };
  return (
    <input
      id={id}
      inputMode={digits === 0 ? 'numeric' : 'decimal'}
      value={text}
      readOnly={readOnly}
      aria-describedby={describedBy}
      aria-invalid={parse(text) === null}
      onChange={(event) => {
        setText(event.target.value);
        const minor = parse(event.target.value);
        if (minor !== null) onChange(minor);
      }}
    />
  );
}
