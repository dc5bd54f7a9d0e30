import { describe, expect, it } from 'vitest';
import { formatDateInZone, formatInstantInZone } from './time.js';

describe('formatInstantInZone', () => {
  const deadline = '2022-11-30T12:00:00+09:00';

  it('reads the instant in the given zone and names the zone', () => {
    expect(formatInstantInZone(deadline, 'Asia/Tokyo', 'ja')).toBe('2022年11月30日 12:00 JST');
    expect(formatInstantInZone(deadline, 'Asia/Tokyo', 'en')).toBe('Nov 30, 2022, 12:00 PM GMT+9');
  });

  it('shows the same instant on the partner side in its own zone', () => {
    expect(formatInstantInZone(deadline, 'America/New_York', 'en')).toBe('Nov 29, 2022, 10:00 PM EST');
    expect(formatInstantInZone('2022-06-30T16:00:00Z', 'Europe/Paris', 'en')).toBe('Jun 30, 2022, 06:00 PM GMT+2');
  });

  it('returns null for text that is not a date', () => {
    expect(formatInstantInZone('not a date', 'Asia/Tokyo', 'en')).toBeNull();
  });

  it('falls back to UTC for an unknown zone', () => {
    expect(formatInstantInZone(deadline, 'Mars/Olympus', 'en')).toBe('Nov 30, 2022, 03:00 AM UTC');
  });
});

describe('formatDateInZone', () => {
  it('gives the local calendar day of the zone', () => {
    // 23:30 UTC on 19 September is already 20 September in Tokyo.
    expect(formatDateInZone('2022-09-19T23:30:00Z', 'Asia/Tokyo', 'en')).toBe('Sep 20, 2022');
    expect(formatDateInZone('2022-09-19T23:30:00Z', 'UTC', 'ja')).toBe('2022/09/19');
  });
});
