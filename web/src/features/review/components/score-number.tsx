import { useLanguage } from '../../language/use-language.js';

/** A score in the reader's locale with a fixed number of decimals (totals, normalised scores). */
export function ScoreNumber({ value, digits = 2, isSigned = false }: { value: number; digits?: number; isSigned?: boolean }) {
  const language = useLanguage();
  const text = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: isSigned ? 'exceptZero' : 'auto' }).format(value);
  return <span className="score-number">{text}</span>;
}
