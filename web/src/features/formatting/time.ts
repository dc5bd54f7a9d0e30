/**
 * Formats an instant for a reader in `locale`, as the clock reads in `timeZone` (an agency's zone
 * for a deadline), with the zone's short name (`2022年11月30日 12:00 JST`, `Nov 30, 2022, 12:00 PM GMT+9`).
 * Returns null for a value that is not a date.
 */
export function formatInstantInZone(iso: string, timeZone: string, locale: string): string | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    }).format(instant);
  } catch {
    // An unknown zone name (RangeError): show the instant in UTC rather than nothing.
    return formatInstantInZone(iso, 'UTC', locale);
  }
}

/** A calendar date as the reader writes it (`2022年9月20日`, `Sep 20, 2022`), read in `timeZone`. */
export function formatDateInZone(iso: string, timeZone: string, locale: string): string | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(instant);
  } catch {
    return formatDateInZone(iso, 'UTC', locale);
  }
}

/** The browser's own time zone, for instants that belong to no agency. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
