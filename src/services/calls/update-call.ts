import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan } from '../../domain/access/policies.js';
import { changedDeadlines, changedLockedParts, hasContentChanged } from '../../domain/calls/call-config.js';
import type { Call } from '../../domain/model.js';
import type { CallAdminView, UpdateCallBody } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { writeCall } from '../../db/repositories/bundle-writer.repository.js';
import { countCallProposals, deleteApprovals, programmeExists } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { buildCallAdminView, callAccessSubject, configIssues, renderProblem, requireCall, validationFailed } from './call-admin-shared.js';

/**
 * Replaces the given parts of a draft or open call. On a draft, any change withdraws the
 * approvals already given (they were for the earlier content). On an open call, deadlines move
 * only by an extension, and once a proposal is submitted its fields, sides, budgets, duration,
 * criteria and rules stay as applicants saw them. Throws UNAUTHENTICATED, NOT_FOUND, FORBIDDEN
 * (not staff of a side agency), CALL_LOCKED (with every locked part) and VALIDATION_FAILED.
 */
export async function updateCall(ctx: ServiceContext, actor: Actor | null, code: string, patch: UpdateCallBody): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.list' });
  return ctx.db.transaction().execute(async (tx) => {
    const stored = await requireCall(tx, code);
    const before = stored.call;
    assertCan(actor, { type: 'call.edit', call: callAccessSubject(before) });
    if (before.status !== 'draft' && before.status !== 'open') {
      throw new AppError('CALL_LOCKED', { params: { call: code, count: 1 }, issues: [renderProblem({ path: 'status', key: 'status', params: { status: before.status } }, 'locked')] });
    }
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<Call>;
    const after: Call = { ...before, ...given, code: before.code, status: before.status };

    const issues: ValidationIssue[] = [];
    if (after.programme !== before.programme && !(await programmeExists(tx, after.programme))) {
      issues.push(renderProblem({ path: 'programme', key: 'programme_unknown', params: { programme: after.programme } }));
    }
    issues.push(...(await configIssues(tx, after)));
    if (issues.length > 0) throw validationFailed(issues);

    if (before.status === 'open') {
      const locked = changedDeadlines(before, after).map((side) => renderProblem({ path: `sides[${side}].deadline`, key: 'deadline' }, 'locked'));
      const counts = await countCallProposals(tx, stored.id);
      if (counts.submitted > 0) {
        locked.push(...changedLockedParts(before, after).map((part) => renderProblem({ path: part === 'budgets' ? 'sides' : part, key: part }, 'locked')));
      }
      if (locked.length > 0) throw new AppError('CALL_LOCKED', { params: { call: code, count: locked.length }, issues: locked });
    }

    const now = ctx.clock.now();
    if (hasContentChanged(before, after)) {
      await writeCall(tx, after);
      const withdrawnApprovals = before.status === 'draft' ? await deleteApprovals(tx, stored.id) : [];
      await appendAudit(tx, {
        at: now,
        actor: actorLabel(actor),
        action: 'call.updated',
        subjectType: 'call',
        subject: code,
        changes: { fields: Object.keys(given).sort(), approvalsWithdrawn: withdrawnApprovals },
      });
    }
    return buildCallAdminView(tx, actor, await requireCall(tx, code), now);
  });
}
