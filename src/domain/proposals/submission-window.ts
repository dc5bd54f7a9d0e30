import { DateTime } from 'luxon';

/**
 * When a proposal may be started and submitted. The server's clock decides; instants are
 * compared to the millisecond, so a submission one second after a side's deadline is late in
 * every zone (CONVENTIONS.md, habit 10).
 */

/** A side's deadline, with the zone of its agency for the message that names it. */
export type SideDeadline = { agency: string; deadline: Date | null; timezone: string };

/** The sides whose deadline lies before `at`; empty when `at` is on time everywhere. Throws nothing. */
export function missedDeadlines(at: Date, sides: readonly SideDeadline[]): SideDeadline[] {
  return sides.filter((side) => side.deadline !== null && at.getTime() > side.deadline.getTime());
}

/** The earliest deadline of all sides (the last moment every side accepts), or null when none is set. */
export function lastMomentToSubmit(sides: readonly SideDeadline[]): Date | null {
  const deadlines = sides.flatMap((side) => (side.deadline ? [side.deadline.getTime()] : []));
  return deadlines.length ? new Date(Math.min(...deadlines)) : null;
}

/**
 * Whether a proposal may be started at `at`: the call has opened and the lead side's deadline
 * has not passed. Throws nothing.
 */
export function isStartWindowOpen(at: Date, window: { opensAt: Date; leadDeadline: Date | null }): boolean {
  if (at.getTime() < window.opensAt.getTime()) return false;
  return window.leadDeadline === null || at.getTime() <= window.leadDeadline.getTime();
}

/**
 * An instant as the same text in every language, read in a zone and naming it
 * (`2026-06-30 12:00:00 +09:00 Asia/Tokyo`): error parameters are shared by both catalogues.
 */
export function formatZonedInstant(instant: Date, timezone: string): string {
  return `${DateTime.fromJSDate(instant, { zone: timezone }).toFormat('yyyy-MM-dd HH:mm:ss ZZ')} ${timezone}`;
}
