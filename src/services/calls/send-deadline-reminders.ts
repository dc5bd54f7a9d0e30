import type { Actor } from '../../domain/access/actor.js';
import { actorLabel } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { pickText } from '../../domain/bilingual-text.js';
import { REMINDER_DAYS_BEFORE, dueReminders } from '../../domain/calls/reminder-schedule.js';
import { formatZonedInstant } from '../../domain/proposals/submission-window.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { mailRecipientsOf } from '../../db/repositories/proposal-draft.repository.js';
import { findDraftsNearDeadline, recordReminders, sentReminderKeys } from '../../db/repositories/reminder.repository.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import type { ServiceContext } from '../service-context.js';

const DAY_MS = 86_400_000;

/**
 * Reminds the PIs of every unsubmitted draft of an open call that a side's deadline is near
 * (7 days and 1 day before, in that side agency's zone), once per deadline and window, in one
 * transaction with the mails. Run periodically by the reminder job. Throws FORBIDDEN for an
 * actor other than the platform or an administrator.
 */
export async function sendDeadlineReminders(ctx: ServiceContext, actor: Actor): Promise<{ reminded: number }> {
  assertCan(actor, { type: 'mail.send' });
  const now = ctx.clock.now();
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_DAYS_BEFORE) * DAY_MS);
  return ctx.db.transaction().execute(async (tx) => {
    const drafts = await findDraftsNearDeadline(tx, now, horizon);
    const sent = await sentReminderKeys(tx, drafts.map((draft) => draft.proposalId));
    let reminded = 0;
    for (const draft of drafts) {
      const keyOf = (side: { sidePosition: number; deadline: Date }, days: number) => `${draft.proposalId}:${side.sidePosition}:${side.deadline.getTime()}:${days}`;
      const due = dueReminders(now, draft.sides, (side, days) => sent.has(keyOf(side, days)));
      if (due.length === 0) continue;
      const recipients = await mailRecipientsOf(tx, draft.teamPiRefs, 'en');
      for (const reminder of due) {
        const side = draft.sides.find((item) => item.sidePosition === reminder.sidePosition);
        if (!side) continue;
        for (const recipient of recipients) {
          await enqueueMail(tx, {
            to: recipient.email,
            template: 'deadline_reminder',
            language: recipient.language,
            params: { callTitle: pickText(draft.callTitle, recipient.language), deadline: formatZonedInstant(side.deadline, side.timezone), proposalRef: draft.ref },
            at: now,
          });
        }
        await recordReminders(
          tx,
          [reminder.daysBefore, ...reminder.alsoCovers].map((daysBefore) => ({ proposalId: draft.proposalId, sidePosition: side.sidePosition, deadline: side.deadline, daysBefore, at: now })),
        );
        await appendAudit(tx, {
          at: now,
          actor: actorLabel(actor),
          action: 'proposal.deadline_reminded',
          subjectType: 'proposal',
          subject: draft.ref,
          changes: { side: side.agency, deadline: side.deadline.toISOString(), daysBefore: reminder.daysBefore, recipients: recipients.length },
        });
        reminded++;
      }
    }
    return { reminded };
  });
}
