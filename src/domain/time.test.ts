import { describe, expect, it } from 'vitest';
import { fiscalYearOf, formatInstant, fiscalYearStartsAt, isCalendarDate, isInstantWithOffset, isMonthDay, isTimeZone, localYearOf, toIsoInZone } from './time.js';

const JST = { timezone: 'Asia/Tokyo', fiscalYearStart: '04-01', fiscalYearLabel: 'start' as const };
const NSF = { timezone: 'America/New_York', fiscalYearStart: '10-01', fiscalYearLabel: 'end' as const };
const ANR = { timezone: 'Europe/Paris', fiscalYearStart: '01-01', fiscalYearLabel: 'start' as const };

describe('instants and calendars', () => {
  it('accepts instants only with an offset', () => {
    expect(isInstantWithOffset('2022-11-30T12:00:00+09:00')).toBe(true);
    expect(isInstantWithOffset('2022-11-30T03:00:00Z')).toBe(true);
    expect(isInstantWithOffset('2022-11-30T12:00:00')).toBe(false);
    expect(isInstantWithOffset('2022-02-30T12:00:00Z')).toBe(false);
  });

  it('validates dates, zones and month-days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isMonthDay('04-01')).toBe(true);
    expect(isMonthDay('02-29')).toBe(false);
    expect(isMonthDay('13-01')).toBe(false);
  });

  it('reads the Japanese fiscal year in Tokyo time', () => {
    // 2023-03-31T15:00Z is 2023-04-01 00:00 in Tokyo: the first second of FY2023.
    expect(fiscalYearOf(new Date('2023-03-31T14:59:59Z'), JST)).toBe(2022);
    expect(fiscalYearOf(new Date('2023-03-31T15:00:00Z'), JST)).toBe(2023);
    expect(fiscalYearStartsAt(2023, JST).toISOString()).toBe('2023-03-31T15:00:00.000Z');
  });

  it('names the US federal fiscal year by its end', () => {
    expect(fiscalYearOf(new Date('2022-10-01T04:00:00Z'), NSF)).toBe(2023);
    expect(fiscalYearOf(new Date('2022-10-01T03:59:59Z'), NSF)).toBe(2022);
    expect(fiscalYearStartsAt(2023, NSF).toISOString()).toBe('2022-10-01T04:00:00.000Z');
  });

  it('uses calendar years for a January fiscal year whatever the label', () => {
    expect(fiscalYearOf(new Date('2025-12-31T22:59:59Z'), ANR)).toBe(2025);
    expect(fiscalYearOf(new Date('2025-12-31T23:00:00Z'), ANR)).toBe(2026);
    expect(fiscalYearOf(new Date('2026-06-01T00:00:00Z'), { ...ANR, fiscalYearLabel: 'end' })).toBe(2026);
  });

  it('renders instants in an agency\'s zone across daylight saving', () => {
    expect(toIsoInZone(new Date('2025-06-30T15:00:00Z'), 'Europe/Paris')).toBe('2025-06-30T17:00:00+02:00');
    expect(toIsoInZone(new Date('2025-12-30T15:00:00Z'), 'Europe/Paris')).toBe('2025-12-30T16:00:00+01:00');
    expect(localYearOf(new Date('2025-12-31T16:00:00Z'), 'Asia/Tokyo')).toBe(2026);
  });

  it('formats a deadline naming the agency\'s zone', () => {
    const deadline = new Date('2022-11-30T03:00:00Z');
    expect(formatInstant(deadline, 'Asia/Tokyo', 'en')).toMatch(/Nov 30, 2022.*12:00.*GMT\+9/);
    expect(formatInstant(deadline, 'Europe/Paris', 'en')).toMatch(/Nov 30, 2022.*04:00.*GMT\+1/);
  });
});
