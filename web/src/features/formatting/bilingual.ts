import type { Language } from '../../i18n.js';

/** Text users wrote, in English and/or Japanese. */
export type BilingualValue = { en?: string | null; ja?: string | null };

export type LanguageText = { text: string; lang: Language };

/**
 * Orders user content for a reader: the text in the reader's language first, the other language
 * second (null when absent or identical). Each part carries its language for the `lang` attribute.
 */
export function orderBilingual(value: BilingualValue | null | undefined, reader: Language): { primary: LanguageText | null; other: LanguageText | null } {
  const otherLanguage: Language = reader === 'en' ? 'ja' : 'en';
  const own = value?.[reader]?.trim() ? { text: value[reader] as string, lang: reader } : null;
  const foreign = value?.[otherLanguage]?.trim() ? { text: value[otherLanguage] as string, lang: otherLanguage } : null;
  if (own) return { primary: own, other: foreign && foreign.text !== own.text ? foreign : null };
  return { primary: foreign, other: null };
}

/** The text in the reader's language, else in the other one, else empty. */
export function pickBilingual(value: BilingualValue | null | undefined, reader: Language): string {
  return orderBilingual(value, reader).primary?.text ?? '';
}
