import { AppError } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { pickText } from '../../domain/bilingual-text.js';
import { formatInstant } from '../../domain/time.js';
import type { CallAdminView, ExtendDeadlineBody } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findAgencies, findCallApplicants, insertDeadlineChange, setSideDeadline } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { buildCallAdminView, callAccessSubject, renderProblem, requireCall, validationFailed } from './call-admin-shared.js';

/**
 * Extends one side's deadline of an open call to a later instant, records who, when and why,
 * and mails every applicant with a draft or submitted proposal in the call, in their language,
 * with both deadlines in the side agency's time zone; all in one transaction. Throws
 * UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (neither staff of the lead agency nor an officer of the
 * side's agency), CALL_LOCKED (the call is not open) and VALIDATION_FAILED (no such side, or a
 * deadline that is not later).
 */
export async function extendDeadline(ctx: ServiceContext, actor: Actor | null, code: string, body: ExtendDeadlineBody): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.list' });
  return ctx.db.transaction().execute(async (tx) => {
    const stored = await requireCall(tx, code);
    const subject = callAccessSubject(stored.call);
    assertCan(actor, { type: 'call.view', call: subject });
    const side = stored.call.sides[body.side];
    if (!side?.agency) throw validationFailed([renderProblem({ path: 'side', key: 'side_unknown', params: { side: body.side } })]);
    assertCan(actor, { type: 'call.extend_deadline', call: subject, agency: side.agency });
    if (stored.call.status !== 'open') {
      throw new AppError('CALL_LOCKED', { params: { call: code, count: 1 }, issues: [renderProblem({ path: 'status', key: 'extend_status', params: { status: stored.call.status } }, 'locked')] });
    }
    const agency = (await findAgencies(tx, [side.agency])).get(side.agency);
    if (!agency) throw new AppError('NOT_FOUND', { params: { kind: 'agency', key: side.agency } });
    const oldDeadline = side.deadline ? new Date(side.deadline) : null;
    const newDeadline = new Date(body.deadline);
    if (oldDeadline && newDeadline.getTime() <= oldDeadline.getTime()) {
      throw validationFailed([renderProblem({ path: 'deadline', key: 'deadline_not_later', params: { current: formatInstant(oldDeadline, agency.timezone, 'en') } })]);
    }
    const now = ctx.clock.now();
    await setSideDeadline(tx, stored.id, body.side, newDeadline);
    await insertDeadlineChange(tx, {
      callId: stored.id,
      side: body.side,
      agencyId: agency.id,
      oldDeadline,
      newDeadline,
      reason: body.reason,
      userId: actor.kind === 'user' ? actor.userId : null,
      changedBy: actorLabel(actor),
      at: now,
    });
    const recipients = await findCallApplicants(tx, stored.id);
    for (const recipient of recipients) {
      const locale = recipient.language;
      await enqueueMail(tx, {
        to: recipient.email,
        template: 'deadline_extension',
        language: locale,
        params: {
          callTitle: pickText(stored.call.title, locale),
          side: side.agency,
          oldDeadline: oldDeadline ? formatInstant(oldDeadline, agency.timezone, locale) : '-',
          newDeadline: formatInstant(newDeadline, agency.timezone, locale),
          reason: body.reason,
        },
        at: now,
      });
    }
    await appendAudit(tx, {
      at: now,
      actor: actorLabel(actor),
      action: 'call.deadline_extended',
      subjectType: 'call',
      subject: code,
      changes: { side: body.side, agency: side.agency, from: oldDeadline?.toISOString() ?? null, to: newDeadline.toISOString(), reason: body.reason, notified: recipients.length },
    });
    return buildCallAdminView(tx, actor, await requireCall(tx, code), now);
  });
}
