import { describe, expect, it } from 'vitest';
import { isStartWindowOpen, lastMomentToSubmit, missedDeadlines } from './submission-window.js';

const sides = [
  { agency: 'JST', deadline: new Date('2026-06-30T03:00:00Z'), timezone: 'Asia/Tokyo' },
  { agency: 'ANR', deadline: new Date('2026-06-30T15:00:00Z'), timezone: 'Europe/Paris' },
  { agency: 'NSF', deadline: null, timezone: 'America/New_York' },
];

describe('missedDeadlines', () => {
  it('accepts a submission at the exact deadline second', () => {
    expect(missedDeadlines(new Date('2026-06-30T03:00:00Z'), sides)).toEqual([]);
  });
  it('refuses one second later, naming the side that closed', () => {
    expect(missedDeadlines(new Date('2026-06-30T03:00:01Z'), sides).map((side) => side.agency)).toEqual(['JST']);
  });
  it('names every side whose deadline passed', () => {
    expect(missedDeadlines(new Date('2026-07-01T00:00:00Z'), sides).map((side) => side.agency)).toEqual(['JST', 'ANR']);
  });
});

describe('lastMomentToSubmit', () => {
  it('is the earliest deadline, or null without deadlines', () => {
    expect(lastMomentToSubmit(sides)?.toISOString()).toBe('2026-06-30T03:00:00.000Z');
    expect(lastMomentToSubmit([{ agency: 'X', deadline: null, timezone: 'UTC' }])).toBeNull();
  });
});

describe('isStartWindowOpen', () => {
  const window = { opensAt: new Date('2026-04-01T01:00:00Z'), leadDeadline: new Date('2026-06-30T03:00:00Z') };
  it('opens at the opening instant and closes after the lead deadline', () => {
    expect(isStartWindowOpen(new Date('2026-04-01T00:59:59Z'), window)).toBe(false);
    expect(isStartWindowOpen(new Date('2026-04-01T01:00:00Z'), window)).toBe(true);
    expect(isStartWindowOpen(new Date('2026-06-30T03:00:00Z'), window)).toBe(true);
    expect(isStartWindowOpen(new Date('2026-06-30T03:00:01Z'), window)).toBe(false);
  });
});
