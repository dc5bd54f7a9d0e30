/** Text that users read, stored in both languages where given (at least one). */
export type BilingualText = { en?: string | null; ja?: string | null };

export type Language = 'en' | 'ja';

export const LANGUAGES: readonly Language[] = ['en', 'ja'];

/**
 * The language to write to someone who has not chosen one (no account, or none set), from the
 * country they belong to (their team's, or their agency's): Japanese in Japan, else English.
 */
export function languageForCountry(country: string | null | undefined): Language {
  return country === 'JP' ? 'ja' : 'en';
}

/** The text in `language`, else in the other language; empty when neither is given. */
export function pickText(text: BilingualText, language: Language): string {
  const other: Language = language === 'en' ? 'ja' : 'en';
  return text[language] || text[other] || '';
}

/** True when at least one language has non-blank text. */
export function hasText(text: BilingualText): boolean {
  return Boolean(text.en?.trim() || text.ja?.trim());
}
