import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { transitionRefusals } from '../../domain/calls/lifecycle.js';
import type { CallAdminView, TransitionCallBody } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { setCallStatus } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { buildCallAdminView, callAccessSubject, lifecycleFacts, requireCall, transitionRefused } from './call-admin-shared.js';

/**
 * Moves a published call on through its lifecycle (closed, under review, decided, archived).
 * Throws UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (not staff of the lead agency) and
 * CALL_TRANSITION_REFUSED with every reason (a move the lifecycle lacks, deadlines not passed,
 * nothing submitted to review, proposals without a decision; opening a draft needs publishing).
 */
export async function transitionCall(ctx: ServiceContext, actor: Actor | null, code: string, body: TransitionCallBody): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.list' });
  return ctx.db.transaction().execute(async (tx) => {
    const stored = await requireCall(tx, code);
    const subject = callAccessSubject(stored.call);
    assertCan(actor, { type: 'call.view', call: subject });
    assertCan(actor, { type: 'call.transition', call: subject });
    const now = ctx.clock.now();
    const refusals = transitionRefusals(await lifecycleFacts(tx, stored, now), body.to, 'transition');
    if (refusals.length > 0) throw transitionRefused(stored.call, body.to, refusals);
    await setCallStatus(tx, stored.id, { status: body.to });
    await appendAudit(tx, { at: now, actor: actorLabel(actor), action: 'call.status_changed', subjectType: 'call', subject: code, changes: { from: stored.call.status, to: body.to } });
    return buildCallAdminView(tx, actor, { ...stored, call: { ...stored.call, status: body.to } }, now);
  });
}
