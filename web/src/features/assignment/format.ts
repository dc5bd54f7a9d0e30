import type { Language } from '../../i18n.js';

/** An affinity or a total as the reader's language writes numbers, to three decimals. */
export function formatAffinity(language: Language, value: number): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}
