import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { transitionRefusals } from '../../domain/calls/lifecycle.js';
import type { CallAdminView } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { listApprovals, setCallStatus } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { buildCallAdminView, callAccessSubject, configIssues, lifecycleFacts, requireCall, transitionRefused, validationFailed } from './call-admin-shared.js';

/**
 * Publishes a draft: the call opens to applicants once every side agency has approved its
 * current content and every side's deadline lies ahead. Throws UNAUTHENTICATED, NOT_FOUND,
 * FORBIDDEN (not an officer of a side agency), VALIDATION_FAILED (an incoherent configuration)
 * and CALL_TRANSITION_REFUSED with every reason (missing approvals, deadlines unset or past,
 * a call that is no longer a draft).
 */
export async function publishCall(ctx: ServiceContext, actor: Actor | null, code: string): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.list' });
  return ctx.db.transaction().execute(async (tx) => {
    const stored = await requireCall(tx, code);
    const subject = callAccessSubject(stored.call);
    assertCan(actor, { type: 'call.view', call: subject });
    assertCan(actor, { type: 'call.publish', call: subject });
    const now = ctx.clock.now();
    const refusals = transitionRefusals(await lifecycleFacts(tx, stored, now), 'open', 'publish');
    if (refusals.length > 0) throw transitionRefused(stored.call, 'open', refusals);
    const issues = await configIssues(tx, stored.call);
    if (issues.length > 0) throw validationFailed(issues);
    await setCallStatus(tx, stored.id, { status: 'open', publishedAt: now });
    const approvals = await listApprovals(tx, stored.id);
    await appendAudit(tx, {
      at: now,
      actor: actorLabel(actor),
      action: 'call.published',
      subjectType: 'call',
      subject: code,
      changes: { from: 'draft', to: 'open', approvals: approvals.map((approval) => ({ agency: approval.agency, by: approval.approvedBy, at: approval.approvedAt.toISOString() })) },
    });
    return buildCallAdminView(tx, actor, { ...stored, call: { ...stored.call, status: 'open' }, publishedAt: now }, now);
  });
}
