import countries from 'i18n-iso-countries';

// Codes people commonly write that ISO 3166-1 reserves for something else or never assigned.
const COMMON_MISTAKES: Record<string, string> = { UK: 'GB', EL: 'GR', EN: 'GB', JA: 'JP', KO: 'KR', USA: 'US' };

/** True when `code` is an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The code the user most likely meant by an invalid country code or name, if any. */
export function suggestCountryCode(input: string): string | undefined {
  const upper = input.trim().toUpperCase();
  if (COMMON_MISTAKES[upper]) return COMMON_MISTAKES[upper];
  if (isCountryCode(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const fromAlpha3 = countries.alpha3ToAlpha2(upper);
    if (fromAlpha3) return fromAlpha3;
  }
  return countries.getAlpha2Code(input.trim(), 'en') ?? countries.getAlpha2Code(input.trim(), 'ja');
}

/** The country's name in `language`, falling back to the code. */
export function countryName(code: string, language: 'en' | 'ja'): string {
  return countries.getName(code, language) ?? code;
}
