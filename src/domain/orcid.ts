/**
 * ORCID iDs carry an ISO 7064 MOD 11-2 check character; validating it catches the typos that
 * would otherwise merge or split a researcher's record.
 */
const ORCID_PATTERN = /^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/;

/** The check character for the first 15 digits of an ORCID iD. */
export function orcidCheckCharacter(baseDigits: string): string {
  let total = 0;
  for (const digit of baseDigits) {
    total = (total + Number(digit)) * 2;
  }
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** True when `value` is a well-formed ORCID iD (`0000-0002-1825-0097`) with a valid checksum. */
export function isValidOrcid(value: string): boolean {
  if (!ORCID_PATTERN.test(value)) return false;
  const digits = value.replaceAll('-', '');
  return orcidCheckCharacter(digits.slice(0, 15)) === digits.slice(15);
}
