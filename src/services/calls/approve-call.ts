import { AppError } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import type { ApproveCallBody, CallAdminView } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { findAgencies, upsertApproval } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { approvableAgencies, buildCallAdminView, callAccessSubject, configIssues, renderProblem, requireCall, validationFailed } from './call-admin-shared.js';

/**
 * Records an officer's approval of a draft on behalf of their side agency, with who and when.
 * An officer of one side agency needs not name it. Throws UNAUTHENTICATED, NOT_FOUND, FORBIDDEN
 * (not an officer of that side agency), CALL_NOT_DRAFT, and VALIDATION_FAILED (an agency must be
 * named, or the draft is not coherent: nobody can agree to an incoherent call).
 */
export async function approveCall(ctx: ServiceContext, actor: Actor | null, code: string, body: ApproveCallBody): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.list' });
  return ctx.db.transaction().execute(async (tx) => {
    const stored = await requireCall(tx, code);
    const subject = callAccessSubject(stored.call);
    assertCan(actor, { type: 'call.view', call: subject });
    const mine = approvableAgencies(actor, stored.call);
    const agency = body.agency ?? (mine.length === 1 ? mine[0] : undefined);
    if (agency === undefined) {
      if (mine.length === 0) throw new AppError('FORBIDDEN', { params: { action: 'call.approve' } });
      throw validationFailed([renderProblem({ path: 'agency', key: 'agency_unknown', params: { agency: mine.join(' / ') } })]);
    }
    assertCan(actor, { type: 'call.approve', call: subject, agency });
    if (stored.call.status !== 'draft') throw new AppError('CALL_NOT_DRAFT', { params: { call: code, status: stored.call.status } });
    const issues = await configIssues(tx, stored.call);
    if (issues.length > 0) throw validationFailed(issues);
    const agencyRow = (await findAgencies(tx, [agency])).get(agency);
    if (!agencyRow) throw new AppError('NOT_FOUND', { params: { kind: 'agency', key: agency } });
    const now = ctx.clock.now();
    await upsertApproval(tx, { callId: stored.id, agencyId: agencyRow.id, userId: actor.kind === 'user' ? actor.userId : null, approvedBy: actorLabel(actor), at: now });
    await appendAudit(tx, { at: now, actor: actorLabel(actor), action: 'call.approved', subjectType: 'call', subject: code, changes: { agency } });
    return buildCallAdminView(tx, actor, stored, now);
  });
}
