/** How long before a deadline applicants with an unsubmitted draft are reminded. */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;

const DAY_MS = 86_400_000;

export type SideDeadline = { sidePosition: number; deadline: Date };
export type DueReminder = { sidePosition: number; deadline: Date; daysBefore: number; alsoCovers: number[] };

/**
 * The reminders due at `now` for one proposal: for each side whose deadline is still ahead, the
 * most urgent window that has begun and was not yet sent. Windows that began earlier and were
 * missed (the job was not running) are covered by it rather than sent late one after another.
 */
export function dueReminders(now: Date, deadlines: readonly SideDeadline[], alreadySent: (side: SideDeadline, daysBefore: number) => boolean): DueReminder[] {
  const due: DueReminder[] = [];
  for (const side of deadlines) {
    const remaining = side.deadline.getTime() - now.getTime();
    if (remaining <= 0) continue;
    const begun = REMINDER_DAYS_BEFORE.filter((days) => remaining <= days * DAY_MS);
    const unsent = begun.filter((days) => !alreadySent(side, days));
    if (unsent.length === 0) continue;
    const mostUrgent = Math.min(...begun);
    if (alreadySent(side, mostUrgent)) continue;
    due.push({ sidePosition: side.sidePosition, deadline: side.deadline, daysBefore: mostUrgent, alsoCovers: unsent.filter((days) => days !== mostUrgent) });
  }
  return due;
}
