import { describe, expect, it } from 'vitest';
import { dueReminders } from './reminder-schedule.js';

const deadline = new Date('2026-06-30T03:00:00Z');
const side = { sidePosition: 0, deadline };
const at = (iso: string) => new Date(iso);
const none = () => false;

describe('deadline reminders', () => {
  it('is silent more than 7 days before, and after the deadline', () => {
    expect(dueReminders(at('2026-06-23T02:59:59Z'), [side], none)).toEqual([]);
    expect(dueReminders(at('2026-06-30T03:00:00Z'), [side], none)).toEqual([]);
  });

  it('sends the 7-day reminder from exactly 7 days before, once', () => {
    expect(dueReminders(at('2026-06-23T03:00:00Z'), [side], none)).toEqual([{ sidePosition: 0, deadline, daysBefore: 7, alsoCovers: [] }]);
    expect(dueReminders(at('2026-06-25T00:00:00Z'), [side], (_s, days) => days === 7)).toEqual([]);
  });

  it('sends the 1-day reminder in the last day, and covers a missed 7-day one instead of sending both', () => {
    expect(dueReminders(at('2026-06-29T03:00:00Z'), [side], (_s, days) => days === 7)).toEqual([{ sidePosition: 0, deadline, daysBefore: 1, alsoCovers: [] }]);
    expect(dueReminders(at('2026-06-29T12:00:00Z'), [side], none)).toEqual([{ sidePosition: 0, deadline, daysBefore: 1, alsoCovers: [7] }]);
    expect(dueReminders(at('2026-06-29T12:00:00Z'), [side], () => true)).toEqual([]);
  });

  it('treats each side of a joint call on its own', () => {
    const paris = { sidePosition: 1, deadline: new Date('2026-07-10T15:00:00Z') };
    expect(dueReminders(at('2026-06-29T12:00:00Z'), [side, paris], none).map((reminder) => reminder.sidePosition)).toEqual([0]);
  });
});
