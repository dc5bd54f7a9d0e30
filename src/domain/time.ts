import { DateTime, IANAZone } from 'luxon';

/**
 * Instants are UTC; an agency's zone and fiscal-year start only serve to read a local calendar.
 * Luxon does the zone arithmetic so that daylight-saving edges are right in every zone.
 */

/** A fiscal-year calendar of one agency. */
export type FiscalCalendar = {
  timezone: string;
  /** `MM-DD` of the first day of the fiscal year (JST `04-01`, NSF `10-01`). */
  fiscalYearStart: string;
  /**
   * Which calendar year names a fiscal year: `start` (Japan: FY2022 begins 2022-04-01) or `end`
   * (United States federal: FY2023 begins 2022-10-01).
   */
  fiscalYearLabel: 'start' | 'end';
};

const ISO_INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an ISO 8601 date-time that states its offset (`2022-11-30T12:00:00+09:00`). */
export function isInstantWithOffset(value: string): boolean {
  return ISO_INSTANT_WITH_OFFSET.test(value) && DateTime.fromISO(value, { setZone: true }).isValid;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return CALENDAR_DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** True for an IANA time zone name that this runtime knows (`Asia/Tokyo`). */
export function isTimeZone(value: string): boolean {
  return IANAZone.isValidZone(value);
}

/** True for a `MM-DD` that names a day of every year (so not `02-29`). */
export function isMonthDay(value: string): boolean {
  const match = MONTH_DAY.exec(value);
  if (!match) return false;
  return value !== '02-29' && DateTime.fromObject({ year: 2023, month: Number(match[1]), day: Number(match[2]) }).isValid;
}

/** The fiscal year (by the calendar's label rule) in which an instant falls. */
export function fiscalYearOf(instant: Date, calendar: FiscalCalendar): number {
  const local = DateTime.fromJSDate(instant, { zone: calendar.timezone });
  const [month, day] = calendar.fiscalYearStart.split('-').map(Number) as [number, number];
  const startsThisYear = local.month > month || (local.month === month && local.day >= day);
  const startYear = startsThisYear ? local.year : local.year - 1;
  const isCalendarYear = month === 1 && day === 1;
  return calendar.fiscalYearLabel === 'end' && !isCalendarYear ? startYear + 1 : startYear;
}

/** The first instant of a fiscal year in the agency's zone. */
export function fiscalYearStartsAt(fiscalYear: number, calendar: FiscalCalendar): Date {
  const [month, day] = calendar.fiscalYearStart.split('-').map(Number) as [number, number];
  const isCalendarYear = month === 1 && day === 1;
  const startYear = calendar.fiscalYearLabel === 'end' && !isCalendarYear ? fiscalYear - 1 : fiscalYear;
  return DateTime.fromObject({ year: startYear, month, day }, { zone: calendar.timezone }).toJSDate();
}

/** Formats an instant in a zone for display, naming the zone (`2022/11/30 12:00 JST`). */
export function formatInstant(instant: Date, timezone: string, locale: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are named one by one.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timezone,
    timeZoneName: 'short',
  }).format(instant);
}

/** The calendar year in an agency's zone of an instant (a call's opening year, say). */
export function localYearOf(instant: Date, timezone: string): number {
  return DateTime.fromJSDate(instant, { zone: timezone }).year;
}

/** The instant as ISO 8601 in the given zone, with that zone's offset (for lossless export). */
export function toIsoInZone(instant: Date, timezone: string): string {
  return DateTime.fromJSDate(instant, { zone: timezone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}

/** A clock that services receive instead of reading the system time, so tests can pin it. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
