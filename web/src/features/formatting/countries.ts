const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The country's name in the reader's locale (`US` → `United States` / `アメリカ合衆国`), else its code. */
export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
    } catch {
      displayNames.set(locale, null);
    }
  }
  try {
    return displayNames.get(locale)?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
