import { AppError, type ValidationIssue } from '../../domain/app-error.js';
import { actorLabel, type Actor } from '../../domain/access/actor.js';
import { assertCan, can } from '../../domain/access/policies.js';
import type { Call } from '../../domain/model.js';
import type { CallAdminView, CallConfig } from '../../contracts/call-admin.schemas.js';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import { writeCall } from '../../db/repositories/bundle-writer.repository.js';
import { callCodeExists, programmeExists } from '../../db/repositories/call-admin.repository.js';
import type { ServiceContext } from '../service-context.js';
import { buildCallAdminView, configIssues, renderProblem, requireCall, validationFailed } from './call-admin-shared.js';

/**
 * Creates a call as a draft that only its side agencies' staff see. The creating officer's
 * agency must be the lead side. Throws UNAUTHENTICATED; FORBIDDEN for a user who is no
 * programme officer or director, or whose agency would not lead; VALIDATION_FAILED with every
 * problem (a taken code, an unknown programme or agency, an incoherent configuration).
 */
export async function createCall(ctx: ServiceContext, actor: Actor | null, input: CallConfig): Promise<CallAdminView> {
  assertCan(actor, { type: 'call.create', leadAgency: null });
  const call: Call = { ...input, status: 'draft' };
  const leadIndex = call.sides.findIndex((side) => side.role === 'lead');
  const lead = call.sides[leadIndex]?.agency ?? null;
  if (lead !== null && !can(actor, { type: 'call.create', leadAgency: lead })) {
    const mine = actor.kind === 'user' ? actor.roles.flatMap((grant) => (grant.agency ? [grant.agency] : [])) : [];
    throw new AppError('FORBIDDEN', {
      params: { action: 'call.create' },
      issues: [renderProblem({ path: `sides[${leadIndex}].agency`, key: 'lead_not_yours', params: { agencies: [...new Set(mine)].join(', ') } })],
    });
  }
  return ctx.db.transaction().execute(async (tx) => {
    const issues: ValidationIssue[] = [];
    if (await callCodeExists(tx, call.code)) issues.push(renderProblem({ path: 'code', key: 'code_taken', params: { code: call.code } }));
    if (!(await programmeExists(tx, call.programme))) issues.push(renderProblem({ path: 'programme', key: 'programme_unknown', params: { programme: call.programme } }));
    issues.push(...(await configIssues(tx, call)));
    if (issues.length > 0) throw validationFailed(issues);
    await writeCall(tx, call);
    const now = ctx.clock.now();
    await appendAudit(tx, { at: now, actor: actorLabel(actor), action: 'call.created', subjectType: 'call', subject: call.code, changes: { status: 'draft', modality: call.modality, sides: call.sides.length } });
    return buildCallAdminView(tx, actor, await requireCall(tx, call.code), now);
  });
}
